import type { WordList } from '../dom';

/*
 * The words the Google Account pages show, per interface language (`<html lang>`), compared after
 * the same normalisation as Facebook's (lib/checks/facebook/words.ts). Google writes a setting's
 * state either as a word ("On", "Off") or as a sentence that starts the same way every time
 * ("On since 12 Mar 2021", "2-Step Verification is off"); `says` lists those beginnings.
 * No Khmer entry has been checked on a live Khmer-language Google Account page yet: every one is
 * our translation ("guess"). Fixing one is a change here plus a fixture with the real wording.
 */
const en = {
  labels: {
    twoStep: ['2-Step Verification'],
  },
  values: {
    on: ['On'],
    off: ['Off'],
  },
  says: {
    on: ['2-Step Verification is on', 'On since'],
    off: ['2-Step Verification is off'],
  },
};

const km: typeof en = {
  labels: {
    // Guess: "verification in 2 steps", written with the digit or the Khmer word for two.
    twoStep: ['ការផ្ទៀងផ្ទាត់ 2 ជំហាន', 'ការផ្ទៀងផ្ទាត់ពីរជំហាន'],
  },
  values: {
    on: ['បើក'], // guess
    off: ['បិទ'], // guess
  },
  says: {
    // Guesses: "2-Step Verification is on / has been turned on", "turned on since"; and "… off".
    on: [
      'ការផ្ទៀងផ្ទាត់ 2 ជំហានកំពុងបើក',
      'ការផ្ទៀងផ្ទាត់ 2 ជំហានត្រូវបានបើក',
      'ការផ្ទៀងផ្ទាត់ពីរជំហានកំពុងបើក',
      'បានបើកតាំងពី',
      'បើកតាំងពី',
    ],
    off: ['ការផ្ទៀងផ្ទាត់ 2 ជំហានកំពុងបិទ', 'ការផ្ទៀងផ្ទាត់ 2 ជំហានត្រូវបានបិទ', 'ការផ្ទៀងផ្ទាត់ពីរជំហានកំពុងបិទ'],
  },
};

export const GOOGLE_WORDS: Readonly<Record<string, WordList & typeof en>> = { en, km };
