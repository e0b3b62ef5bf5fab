import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  announceBrandingChange,
  brandingKeys,
  deleteLogo,
  getBranding,
  LOGO_MAX_BYTES,
  LOGO_TYPES,
  logoSrc,
  updateBranding,
  uploadLogo,
  type Branding,
} from '../api/branding';
import { messageOf } from '../api/client';
import { useIsProvider, useSession } from '../auth';
import { PageHeader } from '../components/PageHeader';
import { Async } from '../components/Status';
import { useResource } from '../hooks/useResource';
import './BrandingPage.css';

/**
 * Settings › Branding: the account's logo (with a preview before uploading) and, for providers, the brand colour and
 * the display name its customers' certificates and dashboards show ("Issued by <name> with Canopy").
 */
export default function BrandingPage() {
  const session = useSession();
  const provider = useIsProvider();
  const accountId = session.account.id;
  const branding = useResource(() => getBranding(accountId), brandingKeys.ofAccount(accountId));

  async function changed() {
    await branding.reload();
    announceBrandingChange();
  }

  return (
    <>
      <PageHeader
        title="Branding"
        back={{ to: '/settings', label: 'Settings' }}
        subtitle={
          provider
            ? 'Your logo, colour and name on your customers’ certificates and in their dashboard, “with Canopy”.'
            : 'Your logo on your own certificates.'
        }
      />
      <Async data={branding.data} error={branding.error} reload={branding.reload}>
        {(b) => (
          <>
            <LogoSection branding={b} csrfToken={session.csrf_token} onChanged={changed} />
            {provider && <StyleSection branding={b} onChanged={changed} />}
          </>
        )}
      </Async>
    </>
  );
}

interface Picked {
  file: File;
  /** A data: URL (the dashboard's CSP allows data: and same-origin images, not blob:). */
  preview: string;
}

function LogoSection({ branding, csrfToken, onChanged }: { branding: Branding; csrfToken: string; onChanged: () => Promise<void> }) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function onPick(e: ChangeEvent<HTMLInputElement>) {
    setError(null);
    setSaved(null);
    setPicked(null);
    const file = e.target.files?.[0];
    if (!file) return;
    // The server decides (it decodes the bytes); these checks only save a round trip.
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return setError('Choose a PNG or JPEG image (not SVG or GIF).');
    if (file.size > LOGO_MAX_BYTES) return setError('The logo must be at most 512 KB.');
    const reader = new FileReader();
    reader.onload = () => typeof reader.result === 'string' && setPicked({ file, preview: reader.result });
    reader.onerror = () => setError('The file could not be read.');
    reader.readAsDataURL(file);
  }

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      await action();
      setPicked(null);
      await onChanged();
      setSaved(done);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const current = branding.logo;
  return (
    <section className="card" aria-labelledby="logo-heading">
      <h2 id="logo-heading">Logo</h2>
      <p className="muted">
        A PNG or JPEG of at most 512 KB, from 16 × 16 to 2000 × 2000 pixels (wider than 600 pixels is scaled down). It is stored re-encoded:
        only the picture, no metadata.
      </p>
      {error && (
        <div className="notice notice-error" role="alert" data-testid="logo-error">
          {error}
        </div>
      )}
      {saved && (
        <div className="notice notice-success" role="status">
          {saved}
        </div>
      )}
      <div className="logo-previews">
        <figure className="logo-preview">
          {current ? (
            <img src={logoSrc(current)} alt="Current logo" width={current.width} height={current.height} data-testid="current-logo" />
          ) : (
            <span className="muted">No logo</span>
          )}
          <figcaption>{current ? `Current: ${current.width} × ${current.height} px` : 'Current'}</figcaption>
        </figure>
        {picked && (
          <figure className="logo-preview new">
            <img src={picked.preview} alt="New logo preview" data-testid="logo-preview" />
            <figcaption>New: {picked.file.name}</figcaption>
          </figure>
        )}
      </div>
      <div className="inline-form">
        <div className="field grow">
          <label htmlFor="logo-file">Logo file</label>
          <input id="logo-file" type="file" accept={LOGO_TYPES.join(',')} onChange={onPick} />
        </div>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || !picked}
          onClick={() => picked && void run(() => uploadLogo(branding.account_id, picked.file, csrfToken), 'Logo uploaded.')}
        >
          Upload logo
        </button>
        {current && (
          <button
            type="button"
            className="btn btn-secondary"
            disabled={busy}
            onClick={() => void run(() => deleteLogo(branding.account_id), 'Logo removed.')}
          >
            Remove logo
          </button>
        )}
      </div>
    </section>
  );
}

const DEFAULT_COLOUR = '#1f4e37';

function StyleSection({ branding, onChanged }: { branding: Branding; onChanged: () => Promise<void> }) {
  const [colour, setColour] = useState(branding.brand_colour ?? '');
  const [name, setName] = useState(branding.display_name);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setColour(branding.brand_colour ?? '');
    setName(branding.display_name);
  }, [branding.brand_colour, branding.display_name]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const c = colour.trim();
    if (c && !/^#[0-9a-f]{6}$/i.test(c)) return setError('The colour must be written #rrggbb, e.g. #0b6e4f.');
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      await updateBranding(branding.account_id, { brand_colour: c ? c.toLowerCase() : null, display_name: name.trim() || null });
      await onChanged();
      setSaved('Saved.');
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const darkened = branding.brand_colour && branding.accent_colour && branding.accent_colour !== branding.brand_colour;
  return (
    <section className="card" aria-labelledby="style-heading">
      <h2 id="style-heading">Colour and name</h2>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {saved && (
        <div className="notice notice-success" role="status">
          {saved}
        </div>
      )}
      <form className="form-grid" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="brand-colour">Brand colour</label>
          <div className="colour-field">
            <input
              type="color"
              aria-label="Pick the brand colour"
              value={/^#[0-9a-f]{6}$/i.test(colour) ? colour.toLowerCase() : DEFAULT_COLOUR}
              onChange={(e) => setColour(e.target.value)}
            />
            <input
              id="brand-colour"
              type="text"
              placeholder="#1f4e37 (default)"
              value={colour}
              onChange={(e) => setColour(e.target.value)}
            />
          </div>
          <span className="hint">Leave empty for Canopy's forest green.</span>
        </div>
        <div className="field">
          <label htmlFor="display-name">Display name</label>
          <input id="display-name" type="text" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          <span className="hint">Shown as “Issued by {name.trim() || 'your name'} with Canopy” on certificates issued from now on.</span>
        </div>
        {branding.accent_colour && (
          <div className="field span-2">
            <span className="brand-sample" style={{ backgroundColor: branding.accent_colour }} data-testid="accent-sample">
              {branding.display_name} with Canopy
            </span>
            {darkened && (
              <span className="hint">
                {branding.brand_colour} is too light for white text and lines on white: it is shown darkened, as {branding.accent_colour}.
              </span>
            )}
          </div>
        )}
        <div className="form-actions span-2">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Save colour and name
          </button>
        </div>
      </form>
    </section>
  );
}
