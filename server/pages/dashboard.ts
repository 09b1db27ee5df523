import {
  type CellValue,
  describeSuppression,
  type IndicatorTable,
  type SuppressionReason,
} from '../../lib/survey/indicators';
import {
  type IndicatorId,
  type Lang,
  QUESTIONS,
  TABLE_GROUPS,
  type Text,
} from '../../lib/survey/questionnaire';
import { rrMechanism } from '../../lib/survey/rr';
import { STUDY_2024 } from '../../lib/survey/study2024';
import type { Campaign } from '../store/types';
import { escapeHtml, fill, layout } from './layout';

/** Khmer here awaits a native speaker's review (see lib/survey/review.ts). */
const TEXT = {
  title: { en: 'Results: {code}', km: 'លទ្ធផល៖ {code}' },
  summary: {
    en: 'Wave {wave}. {n} people answered. Groups of fewer than {k} show no figures.',
    km: 'រលក {wave}។ មនុស្ស {n} នាក់បានឆ្លើយ។ ក្រុមដែលមានតិចជាង {k} នាក់ មិនបង្ហាញតួលេខទេ។',
  },
  open: {
    en: 'This campaign is still open: its results are published when it closes.',
    km: 'យុទ្ធនាការនេះនៅបើកនៅឡើយ៖ លទ្ធផលនឹងត្រូវបានផ្សព្វផ្សាយ នៅពេលវាបិទ។',
  },
  unknown: { en: 'There is no campaign “{code}”.', km: 'មិនមានយុទ្ធនាការ “{code}” ទេ។' },
  answer: { en: 'Answer', km: 'ចម្លើយ' },
  study: { en: 'Study 2024', km: 'ការសិក្សា ២០២៤' },
  low: { en: 'low reliability', km: 'ភាពជឿជាក់ទាប' },
  hidden: { en: 'hidden', km: 'លាក់' },
  estimated: {
    en: 'Protected answer (randomized response): figures are estimates with their 95% range.',
    km: 'ចម្លើយដែលត្រូវបានការពារ (ចម្លើយចៃដន្យ)៖ តួលេខជាការប៉ាន់ស្មាន ជាមួយចន្លោះ ៩៥%។',
  },
  followup: {
    en: 'Asked only of those who had a problem; counted over everyone, not by group.',
    km: 'សួរតែអ្នកដែលមានបញ្ហាប៉ុណ្ណោះ។ រាប់លើមនុស្សទាំងអស់ មិនមែនតាមក្រុមទេ។',
  },
  legend: {
    en: 'Each cell: the share who gave that answer and (how many), or for a protected answer its estimate and (95% range). A hidden cell points to its reason at the end.',
    km: 'ក្រឡានីមួយៗ៖ ភាគរយអ្នកដែលបានផ្ដល់ចម្លើយនោះ និង (ចំនួនមនុស្ស) ឬសម្រាប់ចម្លើយដែលត្រូវបានការពារ ការប៉ាន់ស្មាន និង (ចន្លោះ ៩៥%)។ ក្រឡាដែលលាក់ ចង្អុលទៅហេតុផលរបស់វានៅខាងចុង។',
  },
  reasons: { en: 'Why figures are hidden', km: 'ហេតុអ្វីបានជាតួលេខត្រូវបានលាក់' },
  groups: {
    en: 'All|FNGO|DNGO|CBO|Youth|Elderly|Women|Men',
    km: 'ទាំងអស់|FNGO|DNGO|CBO|យុវជន|មនុស្សចាស់|ស្ត្រី|បុរស',
  },
  multi: {
    en: 'Several answers allowed: shares add up to more than 100%.',
    km: 'អាចជ្រើសរើសចម្លើយច្រើន៖ ភាគរយសរុបអាចលើសពី ១០០%។',
  },
} satisfies Record<string, Text>;

function bar(percent: number, study = false): string {
  const width = Math.max(0, Math.min(100, percent));
  return `<span class="bar${study ? ' study' : ''}" style="width:${width}%" aria-hidden="true"></span>`;
}

/** A cell: the figure as text (what a screen reader and a printout get), a bar under it. */
function cell(value: CellValue | undefined, lang: Lang, note: (reason: SuppressionReason) => string): string {
  if (!value) return '<td class="num">–</td>';
  if ('suppressed' in value)
    return `<td class="num hidden-cell">${escapeHtml(TEXT.hidden[lang])} ${note(value.reason)}</td>`;
  if ('ci95' in value) {
    return `<td class="num">${`${value.percent}%`} <span class="muted">(${value.ci95[0]}–${value.ci95[1]})</span>${bar(value.percent)}</td>`;
  }
  return `<td class="num">${`${value.percent}%`} <span class="muted">(${value.count})</span>${bar(value.percent)}</td>`;
}

const GROUP_ORDER: readonly string[] = TABLE_GROUPS.map((group) => group.key);
const shortLabel = (key: string, lang: Lang) => TEXT.groups[lang].split('|')[GROUP_ORDER.indexOf(key)] ?? key;

/**
 * The campaign's public results: every indicator as a table of bars by group, beside the 2024
 * study's figure; hidden cells marked with their reason. No script: it prints and reads as it is.
 */
export function dashboardPage(campaign: Campaign, table: IndicatorTable, lang: Lang): string {
  // Each reason (with its numbers) is written out once below the tables; hidden cells point to it.
  const reasons: string[] = [];
  const noteFor = (min: number | undefined) => (reason: SuppressionReason) => {
    const text = describeSuppression(reason, { k: table.k, min }, lang);
    if (!reasons.includes(text)) reasons.push(text);
    const number = reasons.indexOf(text) + 1;
    return `<a href="#reason-${number}" aria-label="${escapeHtml(text)}"><sup>${number}</sup></a>`;
  };
  const sections: string[] = [];
  for (const question of QUESTIONS) {
    const entry = table.indicators[question.id as IndicatorId];
    if (!entry) continue;
    const groups = TABLE_GROUPS.filter((group) => entry.groups[group.key]);
    const study = STUDY_2024.indicators[question.id as IndicatorId];
    const note = noteFor(entry.rr ? rrMechanism(entry.rr).minN : undefined);
    const head = groups
      .map((group) => {
        const { n, status } = entry.groups[group.key] as NonNullable<(typeof entry.groups)[typeof group.key]>;
        const low = status === 'low' ? `<br><span class="muted">⚠ ${escapeHtml(TEXT.low[lang])}</span>` : '';
        return `<th scope="col"><abbr title="${escapeHtml(group.label[lang])}">${escapeHtml(shortLabel(group.key, lang))}</abbr><br><span class="muted">n = ${n}</span>${low}</th>`;
      })
      .join('');
    const rows = question.choices
      .map((choice) => {
        const cells = groups
          .map((group) => cell(entry.groups[group.key]?.values[choice.code], lang, note))
          .join('');
        const figures = (study?.figures ?? []).filter((figure) => figure.code === choice.code);
        const studyCell = figures
          .map((figure) => {
            const label = shortLabel(figure.group, lang);
            return `${escapeHtml(label)}: ${`${figure.percent}%`}${bar(figure.percent, true)}`;
          })
          .join('<br>');
        return `<tr><th scope="row">${escapeHtml(choice.label[lang])}</th>${cells}<td class="num">${studyCell || '–'}</td></tr>`;
      })
      .join('\n');
    const notes = [
      entry.rr ? TEXT.estimated[lang] : null,
      question.kind === 'multi' ? TEXT.multi[lang] : null,
      question.sentIn === 'followup' ? TEXT.followup[lang] : null,
      study?.note ? `${TEXT.study[lang]}: ${study.note[lang]}` : null,
    ].filter((line): line is string => line !== null);
    sections.push(`<section aria-labelledby="q-${question.id}">
<h2 id="q-${question.id}">${escapeHtml(question.text[lang])}</h2>
${notes.map((line) => `<p class="muted">${escapeHtml(line)}</p>`).join('\n')}
<div class="scroll"><table>
<caption class="muted">${escapeHtml(question.id)}</caption>
<thead><tr><th scope="col">${escapeHtml(TEXT.answer[lang])}</th>${head}<th scope="col">${escapeHtml(TEXT.study[lang])}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
</section>`);
  }
  const reasonList = reasons
    .map((text, index) => `<li id="reason-${index + 1}">${escapeHtml(text)}</li>`)
    .join('\n');
  const title = TEXT.title[lang].replace('{code}', campaign.code);
  const body = `<header>
<h1>${escapeHtml(title)}</h1>
<p>${fill(TEXT.summary[lang], { wave: campaign.wave, n: table.n, k: table.k })}</p>
<p class="muted">${escapeHtml(TEXT.study[lang])}: ${escapeHtml(STUDY_2024.source[lang])}</p>
<p class="muted">${escapeHtml(TEXT.legend[lang])}</p>
</header>
<main>
${sections.join('\n')}
${reasons.length > 0 ? `<section aria-labelledby="reasons"><h2 id="reasons">${escapeHtml(TEXT.reasons[lang])}</h2><ol>\n${reasonList}\n</ol></section>` : ''}
</main>`;
  return layout({ lang, title, body });
}

/** The page for an unknown campaign, or one whose results are not public yet. */
export function dashboardRefusal(code: string, campaign: Campaign | null, lang: Lang): string {
  const message = campaign
    ? escapeHtml(TEXT.open[lang])
    : fill(TEXT.unknown[lang], { code: code.slice(0, 40) });
  const title = TEXT.title[lang].replace('{code}', code.slice(0, 40));
  return layout({ lang, title, body: `<main><h1>${escapeHtml(title)}</h1><p>${message}</p></main>` });
}
