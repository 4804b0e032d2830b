/** Where PACER publishes its court feed (linked from pacer.uscourts.gov/file-case/developer-resources). */
export const FEED_URL = 'https://pacer.uscourts.gov/file-case/court-cmecf-lookup/data.json';
