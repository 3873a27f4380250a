/**
 * What a member record looks like to a role that may see personal data (the API's
 * `MemberDto`), and contact methods.
 */
export const CONTACT_METHODS = ['visit', 'phone', 'message', 'meeting', 'other'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/**
 * A member as the API gives them. Admins and the member's own secretary get every field; a
 * planner gets the name, Party facts and a masked phone, without gender, birth year,
 * education or home (those fields are absent).
 */
export interface MemberDto {
  id: number;
  name: string;
  gender?: string;
  birthYear?: number;
  membership: string;
  category: string;
  education?: string;
  branchId: number | null;
  branchCode: string | null;
  buildingId?: number | null;
  address?: string | null;
  status: string;
  lastContact: string | null;
  /** Full for admins and the member's own secretary, `138****1234` for planners. */
  phone: string;
  isLead: boolean;
  /** Households the member is linked to as a household-lead. */
  linkedHouseholds: number;
  verifiedOn: string | null;
}
