/**
 * The US states' postal codes. A US dateline may carry one after the city ("HARRISBURG, PA — "),
 * and PA is also PA Media's name: after a city and a comma it is the state.
 */
export const US_STATE =
  /^(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)$/u;
