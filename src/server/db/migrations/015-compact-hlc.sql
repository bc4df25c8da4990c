-- Compact HLCs (protocol version 4, src/shared/sync/hlc.ts): every stored stamp of the form
-- `<wall, 15 digits>-<counter, 6 digits>-<node>` becomes `<wall, 11 hex><counter, 5 hex>.<node>`,
-- a device id as node becoming the base64url of its last 8 bytes (compactNode). The same
-- timestamps, compared equal by compareHlc, so nothing merges differently; `txid` is left as
-- it is: no device downloads again (phones convert their copies themselves, Dexie version 4,
-- and version 3 apps are sent the legacy form of what is stored).
CREATE FUNCTION compact_hlc_015(h text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE
    WHEN h !~ '^[0-9]{15}-[0-9]{6}-[0-9A-Za-z_-]{1,64}$' THEN h
    -- A wall past the year 2527 (never stored: pushes are clamped) as formatHlc writes it.
    ELSE lpad(to_hex(LEAST(substr(h, 1, 15)::bigint, 17592186044415)), 11, '0')
      || lpad(to_hex(substr(h, 17, 6)::int), 5, '0') || '.'
      || CASE
        WHEN substr(h, 24) ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        THEN translate(
          rtrim(encode(decode(right(replace(substr(h, 24), '-', ''), 16), 'hex'), 'base64'), '='),
          '+/', '-_')
        ELSE substr(h, 24)
      END
  END
$$;

UPDATE households SET hlc = (SELECT jsonb_object_agg(key, compact_hlc_015(value)) FROM jsonb_each_text(hlc))
WHERE EXISTS (SELECT 1 FROM jsonb_each_text(hlc) WHERE value ~ '^[0-9]{15}-');

UPDATE residents SET hlc = (SELECT jsonb_object_agg(key, compact_hlc_015(value)) FROM jsonb_each_text(hlc))
WHERE EXISTS (SELECT 1 FROM jsonb_each_text(hlc) WHERE value ~ '^[0-9]{15}-');

UPDATE isoman SET hlc = (SELECT jsonb_object_agg(key, compact_hlc_015(value)) FROM jsonb_each_text(hlc))
WHERE EXISTS (SELECT 1 FROM jsonb_each_text(hlc) WHERE value ~ '^[0-9]{15}-');

UPDATE doses SET hlc = (SELECT jsonb_object_agg(key, compact_hlc_015(value)) FROM jsonb_each_text(hlc))
WHERE EXISTS (SELECT 1 FROM jsonb_each_text(hlc) WHERE value ~ '^[0-9]{15}-');

UPDATE visits SET hlc = (SELECT jsonb_object_agg(key, compact_hlc_015(value)) FROM jsonb_each_text(hlc))
WHERE EXISTS (SELECT 1 FROM jsonb_each_text(hlc) WHERE value ~ '^[0-9]{15}-');

UPDATE followups SET hlc = (SELECT jsonb_object_agg(key, compact_hlc_015(value)) FROM jsonb_each_text(hlc))
WHERE EXISTS (SELECT 1 FROM jsonb_each_text(hlc) WHERE value ~ '^[0-9]{15}-');

DROP FUNCTION compact_hlc_015(text);
