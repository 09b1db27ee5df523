import type { Lang, Text } from '../../lib/survey/questionnaire';
import type { Campaign } from '../store/types';
import { escapeHtml, fill, layout } from './layout';

/**
 * Khmer here was written without a native speaker's review, like the entries of
 * lib/survey/review.ts: have it checked before the page is shown to participants.
 */
const TEXT = {
  title: { en: 'Digital Hygiene Check survey', km: 'ការស្ទង់មតិ Digital Hygiene Check' },
  unknown: {
    en: 'There is no survey with the code “{code}”. Please check the link you were given.',
    km: 'មិនមានការស្ទង់មតិដែលមានលេខកូដ “{code}” ទេ។ សូមពិនិត្យតំណភ្ជាប់ដែលអ្នកបានទទួល។',
  },
  closed: {
    en: 'This survey (“{code}”) has closed. Thank you to everyone who took part.',
    km: 'ការស្ទង់មតិនេះ (“{code}”) បានបិទហើយ។ សូមអរគុណដល់អ្នកចូលរួមទាំងអស់។',
  },
  results: { en: 'See the results', km: 'មើលលទ្ធផល' },
  open: {
    en: 'The survey “{code}” is open, but this server cannot show its page right now. Please try again later, or ask the person who gave you this link.',
    km: 'ការស្ទង់មតិ “{code}” កំពុងបើក ប៉ុន្តែម៉ាស៊ីនមេនេះ មិនអាចបង្ហាញទំព័ររបស់វាបានទេនៅពេលនេះ។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ ឬសួរអ្នកដែលបានផ្ដល់តំណនេះឱ្យអ្នក។',
  },
  privacy: {
    en: 'Answers are anonymous: the survey never asks for your name, and this site keeps no record of your address or device.',
    km: 'ចម្លើយគឺអនាមិក៖ ការស្ទង់មតិមិនដែលសួររកឈ្មោះរបស់អ្នកទេ ហើយគេហទំព័រនេះមិនរក្សាទុកអាសយដ្ឋាន ឬឧបករណ៍របស់អ្នកឡើយ។',
  },
} satisfies Record<string, Text>;

/**
 * The campaign's page for participants when the web survey cannot be shown: an unknown or closed
 * campaign, or a server without the survey's built files (`npm run build`).
 */
export function joinPage(code: string, campaign: Campaign | null, lang: Lang): string {
  const t = (key: keyof typeof TEXT) => TEXT[key][lang];
  const shown = code.slice(0, 40);
  let body: string;
  if (!campaign) body = `<p>${fill(t('unknown'), { code: shown })}</p>`;
  else if (campaign.status !== 'open') {
    body = `<p>${fill(t('closed'), { code: shown })}</p>
<p><a href="/c/${encodeURIComponent(campaign.code)}?lang=${lang}">${escapeHtml(t('results'))}</a></p>`;
  } else
    body = `<p>${fill(t('open'), { code: shown })}</p>\n<p class="muted">${escapeHtml(t('privacy'))}</p>`;
  return layout({
    lang,
    title: t('title'),
    body: `<main>\n<h1>${escapeHtml(t('title'))}</h1>\n${body}\n</main>`,
  });
}
