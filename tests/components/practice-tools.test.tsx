import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { TrainerTools } from '../../components/practice/TrainerTools';
import { checkText } from '../../lib/checks/definition';
import { CHECKS } from '../../lib/checks/registry';
import type { Language } from '../../lib/i18n/language';
import { practiceTranslator } from '../../lib/i18n/practice';
import { translate } from '../../lib/i18n/translate';
import { PRACTICES } from '../../lib/reminders/checklist';
import { decodePath } from '../practice';

function renderTools(language: Language = 'en') {
  const onPrint = vi.fn();
  render(
    <I18nProvider language={language}>
      <TrainerTools checks={CHECKS} onPrint={onPrint} />
    </I18nProvider>,
  );
  return onPrint;
}

function makeLink(address: string, code: string) {
  fireEvent.input(screen.getByLabelText('Collector address'), { target: { value: address } });
  fireEvent.input(screen.getByLabelText('Campaign code'), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: 'Make the link and QR code' }));
}

describe('trainer tools', () => {
  it('makes a campaign link and a QR code that reads back as the link, ready to print', () => {
    const onPrint = renderTools();
    makeLink('https://survey.example.org/admin', 'pp-2026-q4');
    const link = 'https://survey.example.org/join/pp-2026-q4';
    expect(screen.getByText(link).tagName).toBe('OUTPUT');
    const qr = screen.getByRole('img', { name: `QR code for ${link}` });
    const size = Number(qr.getAttribute('data-modules'));
    expect(qr.getAttribute('viewBox')).toBe(`0 0 ${size} ${size}`);
    expect(decodePath(size, qr.querySelector('path')?.getAttribute('d') ?? '')).toBe(link);
    fireEvent.click(screen.getByRole('button', { name: 'Print the QR code' }));
    expect(onPrint).toHaveBeenCalledWith('qr');
  });

  it('says what is wrong with the address or the code, beside the field, and shows no code', () => {
    renderTools();
    makeLink('http://survey.example.org', 'pp-2026-q4');
    const address = screen.getByLabelText('Collector address');
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/must start with https:\/\//).id).toBe(address.getAttribute('aria-describedby'));
    expect(screen.queryByRole('img')).toBeNull();
    makeLink('https://survey.example.org', 'PP 2026');
    const code = screen.getByLabelText('Campaign code');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(address.hasAttribute('aria-invalid')).toBe(false);
    expect(screen.getByText(/Use 3 to 32 small letters/).id).toBe(code.getAttribute('aria-describedby'));
  });

  it('prints a handout in both languages from the checks and the checklist', () => {
    const onPrint = renderTools('km');
    const handout = document.querySelector('[data-printable="handout"]') as HTMLElement;
    for (const language of ['en', 'km'] as const) {
      const column = handout.querySelector(`[lang="${language}"]`) as HTMLElement;
      for (const check of CHECKS) {
        expect(column.textContent).toContain(translate(language, checkText(check).title));
        expect(column.textContent).toContain(translate(language, checkText(check).fix));
      }
      for (const practice of PRACTICES)
        expect(column.textContent).toContain(translate(language, practice.how));
    }
    fireEvent.click(screen.getByRole('button', { name: practiceTranslator('km')('practice.handout.print') }));
    expect(onPrint).toHaveBeenCalledWith('handout');
    expect(within(handout).getAllByRole('article')).toHaveLength(2);
  });
});
