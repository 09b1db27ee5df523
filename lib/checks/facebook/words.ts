import type { WordList } from '../dom';

/*
 * The words Facebook shows, per interface language (`<html lang>`). Labels list the stable part
 * of each wording Facebook has used, so a reworded question still matches. Text is compared
 * after normalisation (case, zero-width spaces, Khmer spelling variants, spaces between Khmer
 * words), so each wording is listed once. A language missing here reads as unknown.
 * No Khmer entry has been checked on a live Khmer-language Facebook page yet: "public", "friends"
 * and "only me" are the words Khmer writing about Facebook uses; entries marked "guess" are our
 * translations. Fixing one is a change here plus a fixture with the real wording.
 */
const en = {
  labels: {
    futurePosts: ['Who can see your future posts'],
  },
  values: {
    public: ['Public'],
    everyone: ['Everyone'],
    friends: ['Friends'],
    friendsOfFriends: ['Friends of friends'],
    friendsExcept: ['Friends except'],
    specificFriends: ['Specific friends'],
    onlyMe: ['Only me'],
    custom: ['Custom'],
    on: ['On'],
    off: ['Off'],
  },
};

const km: typeof en = {
  labels: {
    // "future posts", with either Khmer word for a post (បង្ហោះ, ប្រកាស): guess.
    futurePosts: ['បង្ហោះនាពេលអនាគត', 'ប្រកាសនាពេលអនាគត'],
  },
  values: {
    public: ['សាធារណៈ'],
    everyone: ['គ្រប់គ្នា'], // guess
    // Both spellings of "friend" are in use.
    friends: ['មិត្តភក្តិ', 'មិត្តភ័ក្តិ'],
    friendsOfFriends: ['មិត្តភក្តិរបស់មិត្តភក្តិ'], // guess
    friendsExcept: ['មិត្តភក្តិលើកលែងតែ'], // guess
    specificFriends: ['មិត្តភក្តិជាក់លាក់'], // guess
    onlyMe: ['មានតែខ្ញុំ'],
    // Guess: Khmer software uses either word for "custom".
    custom: ['ផ្ទាល់ខ្លួន', 'តាមបំណង'],
    on: ['បើក'], // guess
    off: ['បិទ'], // guess
  },
};

export const FACEBOOK_WORDS: Readonly<Record<string, WordList & typeof en>> = { en, km };
