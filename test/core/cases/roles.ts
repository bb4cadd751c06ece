import { RuleCase } from './types';

/** Cases of the rules about credentials roles (src/core/rules/roles.ts). */
export const ROLE_CASES: RuleCase[] = [
  // CreatedRoleWithoutPermissions — C10, C83 (warning)
  { code: 'CreatedRoleWithoutPermissions', name: 'a created role with no statement', kind: 'WEBSOCKET', facts: { type: 'AWS', createdRoleStatements: 0 }, fails: true, mentions: 'no permissions' },
  { code: 'CreatedRoleWithoutPermissions', name: 'a created role granted one action', kind: 'WEBSOCKET', facts: { type: 'AWS', createdRoleStatements: 1 }, fails: false },
  { code: 'CreatedRoleWithoutPermissions', name: 'a role given by the user (not judged)', kind: 'REST', facts: { type: 'AWS' }, fails: false },
];
