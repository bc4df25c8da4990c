/** How an address is shown: "Jl. Melati No. 12". Zod-free, for the first route's list. */
export function householdAddress(h: {
  street: string;
  houseNumber?: string | null | undefined;
}): string {
  return h.houseNumber ? `${h.street} No. ${h.houseNumber}` : h.street;
}
