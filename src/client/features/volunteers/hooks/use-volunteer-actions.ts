import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvitationRequest } from '@shared/auth/api';
import type { UserArea } from '@shared/auth/roles';
import { volunteerKeys, volunteersApi } from '../data/api';

/** Changes to people and invitations; each refreshes the lists it touches. */
export function useVolunteerActions() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: volunteerKeys.all });
  return {
    invite: useMutation({
      mutationFn: (request: InvitationRequest) => volunteersApi.invite(request),
      onSuccess: refresh,
    }),
    cancelInvitation: useMutation({
      mutationFn: (id: string) => volunteersApi.cancelInvitation(id),
      onSuccess: refresh,
    }),
    revoke: useMutation({
      mutationFn: (userId: string) => volunteersApi.revoke(userId),
      onSuccess: refresh,
    }),
    changeArea: useMutation({
      mutationFn: ({ userId, area }: { userId: string; area: UserArea }) =>
        volunteersApi.changeArea(userId, area),
      onSuccess: refresh,
    }),
  };
}
