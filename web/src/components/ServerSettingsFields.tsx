/**
 * The settings of a server a person chooses (name, time zone, holiday region, paper profile), with their defaults and
 * what each decides in plain words: shared by the register form and the server page's "Edit settings".
 */
import type { Server } from '../api/types';
import './ServerSettingsFields.css';

export interface ServerSettingsValues {
  name: string;
  time_zone: string;
  holiday_region: string;
  paper_profile: Server['paper_profile'];
}

export type SettingsField = keyof ServerSettingsValues;

export const SETTINGS_DEFAULTS: Omit<ServerSettingsValues, 'name'> = {
  time_zone: 'Europe/London',
  holiday_region: 'GB-ENG',
  paper_profile: 'a4',
};

export const SETTINGS_LABELS: Record<SettingsField, string> = {
  name: 'Display name',
  time_zone: 'Time zone',
  holiday_region: 'Holiday region',
  paper_profile: 'Paper',
};

/** Regions people pick most, in words (any country or COUNTRY-STATE code the holiday calendar knows is accepted). */
const REGIONS: Record<string, string> = {
  'GB-ENG': "England's bank holidays",
  'GB-WLS': "Wales's bank holidays",
  'GB-SCT': "Scotland's bank holidays",
  'GB-NIR': "Northern Ireland's bank holidays",
  IE: "Ireland's public holidays",
  US: 'United States federal holidays',
  CA: "Canada's public holidays",
  AU: "Australia's public holidays",
  NZ: "New Zealand's public holidays",
  DE: "Germany's public holidays",
  FR: "France's public holidays",
  NL: "the Netherlands' public holidays",
};

const ZONES = [
  'Europe/London',
  'Europe/Dublin',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Amsterdam',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Toronto',
  'Australia/Sydney',
  'Pacific/Auckland',
];

/** "GB-ENG — England's bank holidays decide business days". */
export function regionWords(region: string): string {
  const code = region.trim().toUpperCase();
  if (!code) return 'A country or region code such as GB-ENG: its public holidays decide business days';
  return `${code} — ${REGIONS[code] ?? `the public holidays of ${code}`} decide business days`;
}

export const PAPER_WORDS: Record<Server['paper_profile'], string> = {
  a4: 'A4 / A3, 80 g/m²',
  letter: 'Letter / Tabloid, 20 lb',
};

export function ServerSettingsFields({
  idPrefix,
  values,
  onChange,
  invalid,
  describedBy,
  nameHint,
}: {
  idPrefix: string;
  values: ServerSettingsValues;
  onChange(field: SettingsField, value: string): void;
  /** Whether a field is the one a problem points at. */
  invalid(field: SettingsField): true | undefined;
  /** The ids describing a field (its hint, then the problem's message when it points at the field). */
  describedBy(field: SettingsField, hint: string): string | undefined;
  nameHint: string;
}) {
  const id = (f: string) => `${idPrefix}-${f}`;
  return (
    <>
      <div className="field span-2">
        <label htmlFor={id('name')}>{SETTINGS_LABELS.name}</label>
        <input
          id={id('name')}
          maxLength={100}
          autoComplete="off"
          placeholder="e.g. Leeds print fleet"
          value={values.name}
          onChange={(e) => onChange('name', e.target.value)}
          aria-invalid={invalid('name')}
          aria-describedby={describedBy('name', id('name-hint'))}
        />
        <p id={id('name-hint')} className="hint">
          {nameHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={id('time-zone')}>{SETTINGS_LABELS.time_zone}</label>
        <input
          id={id('time-zone')}
          list={id('time-zones')}
          autoComplete="off"
          value={values.time_zone}
          onChange={(e) => onChange('time_zone', e.target.value)}
          aria-invalid={invalid('time_zone')}
          aria-describedby={describedBy('time_zone', id('time-zone-hint'))}
        />
        <datalist id={id('time-zones')}>
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <p id={id('time-zone-hint')} className="hint">
          Where the portal's day starts and ends: each day's pages are what the counters moved between two midnights here.
        </p>
      </div>
      <div className="field">
        <label htmlFor={id('holiday-region')}>{SETTINGS_LABELS.holiday_region}</label>
        <input
          id={id('holiday-region')}
          list={id('holiday-regions')}
          autoComplete="off"
          value={values.holiday_region}
          onChange={(e) => onChange('holiday_region', e.target.value.toUpperCase())}
          aria-invalid={invalid('holiday_region')}
          aria-describedby={describedBy('holiday_region', id('holiday-region-hint'))}
        />
        <datalist id={id('holiday-regions')}>
          {Object.entries(REGIONS).map(([code, words]) => (
            <option key={code} value={code}>
              {words}
            </option>
          ))}
        </datalist>
        <p id={id('holiday-region-hint')} className="hint" data-testid={id('holiday-region-hint')}>
          {regionWords(values.holiday_region)} (a feed is only called late after 3 business days without new data).
        </p>
      </div>
      <fieldset className="field span-2 settings-paper" aria-describedby={id('paper-hint')}>
        <legend>{SETTINGS_LABELS.paper_profile}</legend>
        <div className="settings-paper-options">
          {(['a4', 'letter'] as const).map((p) => (
            <label key={p} className="settings-paper-option">
              <input
                type="radio"
                name={id('paper')}
                value={p}
                checked={values.paper_profile === p}
                onChange={() => onChange('paper_profile', p)}
              />
              {PAPER_WORDS[p]}
            </label>
          ))}
        </div>
        <p id={id('paper-hint')} className="hint">
          The paper the fleet prints on: it decides how printed sheets become standard pages (and so trees). A change counts from the next
          collection on; days already collected keep their pages unless you re-sync them.
        </p>
      </fieldset>
    </>
  );
}
