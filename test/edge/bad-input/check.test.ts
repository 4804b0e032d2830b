import { describeCatalogue } from '../../helpers/bad-input.js';
import { CHECK_CASES } from './check-cases.js';

describeCatalogue('check: the bad-input catalogue', CHECK_CASES);
