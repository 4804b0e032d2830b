import { describeCatalogue } from '../../helpers/bad-input.js';
import { ROSTER_CASES } from './roster-cases.js';

describeCatalogue('roster: the bad-input catalogue', ROSTER_CASES);
