-- The level a community's Party organisation is recorded at (党支部 / 党总支 / 党委), so the
-- rule check can compare it with the member count. NULL: not recorded.
ALTER TABLE community ADD COLUMN party_org_level TEXT
  CHECK (party_org_level IS NULL OR party_org_level IN ('branch', 'general_branch', 'committee'));
