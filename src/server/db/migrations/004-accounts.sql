-- 004: accounts. People (users) with one role and one area, the device tokens they sign in
-- with, and the invitations that create both. Secrets are never stored: a device token's
-- secret as a salted scrypt hash, an invitation code as sha256 (a random 8-character code
-- from a 31-letter alphabet, looked up by its hash; the enrollment rate limit guards it).
--
-- An area: kelurahan_code null = the city; rw null = the kelurahan; rts empty = the RW.
-- kelurahan_code is also the distribution key, as in every table (null for city-wide rows).

CREATE TABLE users (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  phone text NOT NULL,
  role text NOT NULL
    CHECK (role IN ('relawan', 'ketua-rw', 'lurah', 'staf-kelurahan', 'admin-kota')),
  kelurahan_code text,
  rw smallint,
  rts smallint[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  -- Who invited them (null for the first admin, made from the command line).
  created_by uuid REFERENCES users (id)
);
CREATE INDEX users_area ON users (kelurahan_code, rw);

-- One per enrolled device. A device enrolled again gets a new row; the old one is revoked.
CREATE TABLE device_tokens (
  device_id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  kelurahan_code text,
  -- scrypt(secret, salt) with the parameters it was made with, so they can grow later.
  secret_hash bytea NOT NULL,
  salt bytea NOT NULL,
  params jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_seen_at timestamptz
);
CREATE INDEX device_tokens_user ON device_tokens (user_id);

CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  code_hash bytea NOT NULL UNIQUE,
  role text NOT NULL
    CHECK (role IN ('relawan', 'ketua-rw', 'lurah', 'staf-kelurahan', 'admin-kota')),
  kelurahan_code text,
  rw smallint,
  rts smallint[] NOT NULL DEFAULT '{}',
  -- The invitee's name as the inviter wrote it (a hint; the device sends the real one).
  name text,
  -- Demo invitations (the demo seed's fixed codes) may enroll any number of devices.
  multi_use boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by uuid REFERENCES users (id),
  -- Withdrawn by its inviter (DELETE): kept for the record, never usable again.
  deleted_at timestamptz
);
CREATE INDEX invitations_area ON invitations (kelurahan_code, created_at);
