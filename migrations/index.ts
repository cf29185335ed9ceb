// The one source of the schema. Append new migrations in order; never rename or edit a landed one.
import { Initial1795732738761 } from './1795732738761-Initial';
import { SubmissionWarnings1795734061311 } from './1795734061311-SubmissionWarnings';
import { Releases1795736314461 } from './1795736314461-Releases';
import { ReleaseCellBreakdownIndex1795746328058 } from './1795746328058-ReleaseCellBreakdownIndex';
import { Reports1795755036038 } from './1795755036038-Reports';

export const MIGRATIONS = [
  Initial1795732738761,
  SubmissionWarnings1795734061311,
  Releases1795736314461,
  ReleaseCellBreakdownIndex1795746328058,
  Reports1795755036038,
];
