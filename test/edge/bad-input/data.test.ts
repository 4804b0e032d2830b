import { describeCatalogue } from '../../helpers/bad-input.js';
import { DATA_CASES } from './data-cases.js';

describeCatalogue('data and the stored court feed: the bad-input catalogue', DATA_CASES);
