import { describeCatalogue } from '../../helpers/bad-input.js';
import { OTHER_CASES } from './other-cases.js';

describeCatalogue('courts, validate, questions and --help: the bad-input catalogue', OTHER_CASES);
