-- 013: weekly reports sent by the kelurahan to the Sekda. Each sending is one version, kept
-- as it was sent: who (user, name and role at that moment, device), when, and the report's
-- figures (`report`, the WeeklyReport JSON the lurah reviewed). A correction is the next
-- version; no row is ever changed or removed (the trigger below refuses it), so what a
-- kelurahan sent stays what the city received, whatever pushes arrive afterwards.
-- `sent_by` and `device_id` are null only for the demo seed's past reports.
CREATE TABLE report_submissions (
  kelurahan_code text NOT NULL,
  week text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  sent_at timestamptz NOT NULL DEFAULT now(),
  sent_by uuid,
  sent_by_name text NOT NULL,
  sent_by_role text NOT NULL,
  device_id uuid,
  report jsonb NOT NULL,
  PRIMARY KEY (kelurahan_code, week, version)
);

-- The admin kota's status list reads every kelurahan of one week.
CREATE INDEX report_submissions_week ON report_submissions (week, kelurahan_code, version);

CREATE FUNCTION report_submissions_unchangeable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report_submissions rows are never changed: send a new version';
END;
$$;

CREATE TRIGGER report_submissions_unchangeable
  BEFORE UPDATE OR DELETE ON report_submissions
  FOR EACH ROW EXECUTE FUNCTION report_submissions_unchangeable();
