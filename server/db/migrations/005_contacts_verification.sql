-- Contacts recorded with members, and "verified today" marks on buildings and members.
CREATE TABLE member_contact (
  id          INTEGER PRIMARY KEY,
  member_id   INTEGER NOT NULL REFERENCES member(id),
  contact_on  TEXT NOT NULL CHECK (contact_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  method      TEXT NOT NULL CHECK (method IN ('visit', 'phone', 'message', 'meeting', 'other')),
  note        TEXT NOT NULL DEFAULT '',
  account_id  INTEGER REFERENCES account(id),
  created_at  TEXT NOT NULL
);
CREATE INDEX member_contact_member ON member_contact(member_id);

CREATE TABLE verification (
  target_kind TEXT NOT NULL CHECK (target_kind IN ('building', 'member')),
  target_id   INTEGER NOT NULL,
  verified_on TEXT NOT NULL,
  account_id  INTEGER REFERENCES account(id),
  PRIMARY KEY (target_kind, target_id)
) WITHOUT ROWID;
