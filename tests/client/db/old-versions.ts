// The device database's stores as earlier app versions declared them (src/client/db/db.ts),
// written out by hand: upgrade tests open a database with them, as phones in the field have it.
export const VERSION_1_STORES = {
  households: 'id, [kelurahanCode+rw+rt], *searchWords, kkNumber',
  residents: 'id, householdId, [kelurahanCode+rw+rt], nik, *nameWords',
  isoman: 'id, residentId, householdId, [kelurahanCode+rw+rt]',
  doses: 'id, residentId, householdId, [kelurahanCode+rw+rt]',
  visits: 'id, householdId, [kelurahanCode+rw+rt]',
  outbox: 'seq, &id, entityId',
  rejected: 'id, rejectedAt',
  meta: 'key',
};

export const VERSION_2_STORES = {
  followups: 'id, householdId, residentId, [kelurahanCode+rw+rt]',
};

export const VERSION_3_STORES = { outbox: null, outboxRows: 'seq, *entityIds, size' };
