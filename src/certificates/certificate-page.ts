import { escapeHtml } from '../http/html-escape.js';
import {
  CERTIFICATE_TITLE,
  MAP_ASPECT,
  WORLD_LAND,
  WORLD_WATER,
  adjustmentNote,
  brandLine,
  certificatePalette,
  DEFAULT_PALETTE,
  impactLines,
  impactNote,
  formatCoordinates,
  formatPages,
  formatPeriod,
  formatTreeCount,
  formatTrees,
  graticuleLatitudes,
  graticuleLongitudes,
  issuedLine,
  mapPoint,
  NO_PROJECTS_NOTE,
  placeLabels,
  TREE_RULE_NOTE,
  type CertificateLogoView,
  type CertificateView,
} from './certificate-view.js';

/**
 * The page's own Content-Security-Policy: no scripts, fonts or other requests; images only from data: and the page's
 * own origin (the branding logos, /branding/<account>/logo.png).
 */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/**
 * The public page of a Certificate of Reforestation: one HTML5 document (inline CSS and SVG, no scripts, fonts or
 * requests elsewhere; a CSP meta tag forbids them too). Its only requests are a branded certificate's logos, from the
 * same origin. Shows nothing but the view.
 * Every interpolated string goes through esc() (or attr()/url()); numbers are formatted here.
 */
export function renderCertificatePage(view: CertificateView): string {
  const period = formatPeriod(view.month);
  const adjustment = adjustmentNote(view);
  const summary =
    `${view.accountName} reforested ${formatTreeCount(view.trees)} for ` + `${formatPages(view.pages)} standard pages in ${period}.`;
  const projectsHeading = view.projects.length === 1 ? 'Forestry project' : 'Forestry projects';
  const adjustmentHtml = adjustment ? `<br><span class="adjustment">${esc(adjustment)}</span>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="referrer" content="no-referrer">
<title>${esc(`${CERTIFICATE_TITLE} · ${view.accountName} · ${period}`)}</title>
<meta name="description" content="${attr(summary)}">
<meta property="og:type" content="website">
<meta property="og:title" content="${attr(`${CERTIFICATE_TITLE}: ${view.accountName}, ${period}`)}">
<meta property="og:description" content="${attr(summary)}">
<meta property="og:url" content="${url(view.pageUrl)}">
<link rel="canonical" href="${url(view.pageUrl)}">
<link rel="alternate" type="application/pdf" href="${url(view.pdfUrl)}">
<style>${CSS}${paletteCss(view)}</style>
</head>
<body>
<main>
<article class="certificate" aria-labelledby="title">
<header class="head">
${logoImg(view.branding?.issuerLogo, 'issuer-logo', view.providerName ?? '')}
<p class="brand${view.providerName ? ' issued-by' : ''}">${TREE_ICON}<span>${esc(brandLine(view))}</span></p>
<h1 id="title">${esc(CERTIFICATE_TITLE)}</h1>
${seal(period)}
<div class="divider" aria-hidden="true"></div>
</header>
${logoImg(view.branding?.accountLogo, view.branding?.issuerLogo ? 'account-logo' : 'account-logo first', view.accountName)}
<p class="lead">This certifies that</p>
<p class="account">${esc(view.accountName)}</p>
<p class="lead">reforested the paper it used in <strong>${esc(period)}</strong></p>
<dl class="figures">
<div><dt>Standard pages</dt><dd>${esc(formatPages(view.pages))}</dd></div>
<div><dt>Trees planted</dt><dd>${esc(formatTrees(view.trees))}</dd></div>
</dl>
<p class="note">${TREE_RULE_NOTE}${adjustmentHtml}</p>
<section class="impact" aria-labelledby="impact-title">
<h2 id="impact-title">The paper's footprint</h2>
<dl class="equivalents">
${impactLines(view.impact)
  .map((l) => `<div><dt>${esc(l.label)}</dt><dd>${esc(l.value)}</dd></div>`)
  .join('\n')}
</dl>
<p class="note">${esc(impactNote(view.impact))} <a href="${url(view.impact.methodUrl)}">How these are estimated</a></p>
</section>
<section class="projects" aria-labelledby="projects-title">
<h2 id="projects-title">${projectsHeading}</h2>
<figure class="map">${worldMap(view)}</figure>
${
  view.projects.length
    ? `<ol class="project-list${view.projects.length > 3 ? ' many' : ''}">\n${view.projects.map(projectItem).join('\n')}\n</ol>`
    : `<p class="description">${esc(NO_PROJECTS_NOTE)}</p>`
}
</section>
<footer class="foot">
<div>
<p>${esc(issuedLine(view))}</p>
<p>Certificate ID <code>${esc(view.id)}</code></p>
<p>Verify this certificate at <a href="${url(view.pageUrl)}">${esc(view.pageUrl)}</a></p>
</div>
<a class="button" href="${url(view.pdfUrl)}" type="application/pdf">Download the PDF</a>
</footer>
</article>
</main>
</body>
</html>
`;
}

function projectItem(project: CertificateView['projects'][number], i: number): string {
  const paragraphs = project.description
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const share = esc(formatTreeCount(project.trees));
  const coords = esc(formatCoordinates(project.latitude, project.longitude));
  return `<li>
<h3><span class="badge" aria-hidden="true">${i + 1}</span>${esc(project.name)}</h3>
<p class="meta"><span class="share">${share}</span> <span class="coords">${coords}</span></p>
${paragraphs.map((p) => `<p class="description">${esc(p)}</p>`).join('\n')}
</li>`;
}

/**
 * What a browser gets for an unknown (or malformed) certificate link: a short page in the certificate's colours with a
 * link home, under the same CSP as a certificate (nothing to load). API clients get the JSON 404 of every route.
 */
export function renderCertificateNotFoundPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>Certificate not found · Canopy</title>
<style>${NOT_FOUND_CSS}</style>
</head>
<body>
<main class="missing">
<p class="brand">${TREE_ICON}<span>Canopy</span></p>
<h1>This certificate does not exist</h1>
<p>The link may be mistyped or incomplete. Certificates are never deleted: check the address you were given.</p>
<p><a href="/">Go to Canopy</a></p>
</main>
</body>
</html>
`;
}

// ---- SVG ---------------------------------------------------------------------------------------------------------

const MAP_W = 720;
const MAP_H = MAP_W / MAP_ASPECT;

/** An equirectangular frame with a graticule, a land silhouette and a numbered, named marker per project. */
function worldMap(view: CertificateView): string {
  const description = view.projects.map((p, i) => `${i + 1}. ${p.name}, ${formatCoordinates(p.latitude, p.longitude)}.`).join(' ');
  const grid = [
    ...graticuleLatitudes().map((lat) => `M0 ${n(mapPoint(0, lat, MAP_W, MAP_H).y)}H${MAP_W}`),
    ...graticuleLongitudes().map((lon) => `M${n(mapPoint(lon, 0, MAP_W, MAP_H).x)} 0V${n(MAP_H)}`),
  ].join('');
  const equator = n(mapPoint(0, 0, MAP_W, MAP_H).y);

  const points = view.projects.map((p) => mapPoint(p.longitude, p.latitude, MAP_W, MAP_H));
  const labels = view.projects.map((p, i) => mapLabel(p.name, i + 1));
  const frame = { width: MAP_W, height: MAP_H };
  // Two layouts, one shown by CSS: named labels, or (on a phone, where names would be unreadably small) big numbers.
  const wide = placeLabels(points, labels, frame, 10);
  const narrow = placeLabels(
    points,
    points.map(() => ({ width: 2 * PIN_R, height: 2 * PIN_R })),
    frame,
    8,
  );
  const markers = view.projects.map((_, i) => {
    const point = points[i] ?? { x: 0, y: 0 };
    const box = wide[i] ?? { x: 0, y: 0, width: 0, height: 0 };
    const pin = narrow[i] ?? box;
    const text = labels[i]?.text ?? '';
    const r = LABEL_H / 2;
    // The number sits at the end of the label nearer the point.
    const leftOfPoint = box.x + box.width / 2 < point.x;
    const badgeX = leftOfPoint ? box.x + box.width - r : box.x + r;
    const end = nearestPoint({ x: badgeX - r, y: box.y, width: 2 * r, height: box.height }, point);
    const nameX = leftOfPoint ? box.x + box.width - LABEL_H - 3 : box.x + LABEL_H + 3;
    const pinX = pin.x + PIN_R;
    const pinY = pin.y + PIN_R;
    return `<g class="marker">
<g class="wide"><line x1="${n(point.x)}" y1="${n(point.y)}" x2="${n(end.x)}" y2="${n(end.y)}"/>
<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${r}"/>
<circle class="num" cx="${n(badgeX)}" cy="${n(box.y + r)}" r="${r - 2}"/>
<text class="num" x="${n(badgeX)}" y="${n(box.y + r + 4)}">${i + 1}</text>
<text class="name${leftOfPoint ? ' end' : ''}" x="${n(nameX)}" y="${n(box.y + r + 4.5)}">${esc(text)}</text></g>
<g class="narrow"><line x1="${n(point.x)}" y1="${n(point.y)}" x2="${n(pinX)}" y2="${n(pinY)}"/>
<circle class="num" cx="${n(pinX)}" cy="${n(pinY)}" r="${PIN_R}"/>
<text class="num" x="${n(pinX)}" y="${n(pinY + 7.5)}">${i + 1}</text></g>
<circle class="dot" cx="${n(point.x)}" cy="${n(point.y)}" r="4"/>
</g>`;
  });

  return `<svg viewBox="0 0 ${MAP_W} ${n(MAP_H)}" role="img" aria-labelledby="map-title map-desc">
<title id="map-title">World map of the forestry projects</title>
<desc id="map-desc">${esc(description)}</desc>
<rect class="ocean" width="${MAP_W}" height="${n(MAP_H)}"/>
<path class="grid" d="${grid}"/>
<path class="equator" d="M0 ${equator}H${MAP_W}"/>
<path class="land" d="${ringsPath(WORLD_LAND)}"/>
<path class="ocean" d="${ringsPath(WORLD_WATER)}"/>
${markers.join('\n')}
<rect class="frame" x=".75" y=".75" width="${MAP_W - 1.5}" height="${n(MAP_H - 1.5)}"/>
</svg>`;
}

const LABEL_H = 22;
const PIN_R = 15;
const LABEL_MAX_CHARS = 26;

/** The label's text (long names cut short: the list below has them in full) and its estimated size. */
function mapLabel(name: string, num: number): { text: string; width: number; height: number } {
  const chars = [...name.replace(/\s+/g, ' ').trim()];
  const text =
    chars.length > LABEL_MAX_CHARS
      ? `${chars
          .slice(0, LABEL_MAX_CHARS - 1)
          .join('')
          .trimEnd()}…`
      : chars.join('');
  // ~0.65 em per character of a bold sans at 13 units (DejaVu is wide); a little wider for two-digit numbers.
  const width = LABEL_H + 3 + [...text].length * 8.6 + 11 + (num > 9 ? 4 : 0);
  return { text, width, height: LABEL_H };
}

function nearestPoint(box: { x: number; y: number; width: number; height: number }, p: { x: number; y: number }) {
  return {
    x: Math.min(box.x + box.width, Math.max(box.x, p.x)),
    y: Math.min(box.y + box.height, Math.max(box.y, p.y)),
  };
}

function ringsPath(list: readonly (readonly number[])[]): string {
  return list
    .map((ring) => {
      let d = '';
      for (let i = 0; i + 1 < ring.length; i += 2) {
        const p = mapPoint(ring[i] ?? 0, ring[i + 1] ?? 0, MAP_W, MAP_H);
        d += `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`;
      }
      return `${d}Z`;
    })
    .join('');
}

/** The round seal of the PDF: wording over the top, the month upright along the bottom, a tree. Decorative. */
function seal(period: string): string {
  return `<svg class="seal" viewBox="0 0 100 100" aria-hidden="true">
<defs><path id="seal-top" d="M 18.3 64.8 A 35 35 0 1 1 81.7 64.8"/><path id="seal-bottom" d="M 10 50 A 40 40 0 0 0 90 50"/></defs>
<circle cx="50" cy="50" r="48" class="ring"/><circle cx="50" cy="50" r="44.5" class="thin"/><circle cx="50" cy="50" r="30" class="thin"/>
<text class="arc"><textPath href="#seal-top" startOffset="50%">CERTIFIED REFORESTATION</textPath></text>
<text class="arc"><textPath href="#seal-bottom" startOffset="50%">${esc(period.toUpperCase())}</textPath></text>
<path class="tree" d="M50 30 L58 43 H54.5 L61 53 H56.5 L64 64 H36 L43.5 53 H39 L45.5 43 H42 Z"/>
<rect class="trunk" x="48" y="64" width="4" height="6"/>
</svg>`;
}

const TREE_ICON =
  '<svg class="logo" viewBox="0 0 20 24" aria-hidden="true">' +
  '<path d="M10 0 L15 8 H13 L17 15 H14 L19 21 H1 L6 15 H3 L7 8 H5 Z"/><rect x="8.5" y="21" width="3" height="3"/></svg>';

// ---- Branding ------------------------------------------------------------------------------------------------------

/** The same-origin path of a branding logo, and nothing else (it goes into an src attribute). */
const LOGO_PATH = /^\/branding\/[0-9a-f-]{36}\/logo\.(png|jpg)\?v=[0-9a-f]{64}$/;

/** A logo, sized by its own pixels (CSS bounds it); nothing without one. */
function logoImg(logo: CertificateLogoView | null | undefined, className: string, name: string): string {
  if (!logo || !LOGO_PATH.test(logo.path)) return '';
  return `<img class="${className}" src="${esc(logo.path)}" alt="${attr(name)}" width="${logo.width}" height="${logo.height}">`;
}

/** The brand's palette over the default one (only `#rrggbb` values reach it: certificatePalette checks them). */
function paletteCss(view: CertificateView): string {
  const p = certificatePalette(view);
  if (p === DEFAULT_PALETTE) return '';
  return `:root{--forest:${p.forest};--leaf:${p.leaf};--panel:${p.panel};--land:${p.land};--grid:${p.grid}}`;
}

// ---- Escaping ------------------------------------------------------------------------------------------------------

const esc = escapeHtml;

function attr(text: string): string {
  return esc(text.replace(/\s+/g, ' ').trim());
}

/** Only http(s) URLs are linked: anything else (javascript:, data:) would be a script in a public page. */
function url(href: string): string {
  return /^https?:\/\//i.test(href) ? esc(href) : '#';
}

function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

// ---- Style ---------------------------------------------------------------------------------------------------------

const SERIF = `"Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "Times New Roman", serif`;
const SANS = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;

const CSS = `
:root{--forest:#1f4e37;--leaf:#3d8a5b;--gold:#a8853a;--ink:#1c2a22;--muted:#56665d;--panel:#f3f8f4;--land:#c9dfcf;--grid:#dce8df;
--ocean:#fbfdfb;--paper:#ece8dc;color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.5 ${SANS}}
main{padding:clamp(10px,4vw,48px)}
.certificate{position:relative;max-width:1040px;margin:0 auto;background:#fff;border:3px solid var(--forest);outline:1px solid var(--gold);
outline-offset:-11px;padding:clamp(28px,5vw,60px) clamp(20px,5vw,60px);box-shadow:0 12px 40px rgba(31,78,55,.12);text-align:center}
p{margin:0}
.head{display:flex;flex-direction:column;align-items:center}
.brand{display:flex;align-items:center;gap:.5em;font-weight:700;letter-spacing:.3em;text-transform:uppercase;font-size:.8rem;
color:var(--forest)}
.brand.issued-by{flex-wrap:wrap;justify-content:center;letter-spacing:.12em;text-transform:none;font-size:.85rem;max-width:min(100%,640px);
overflow-wrap:anywhere}
.issuer-logo{display:block;width:auto;height:auto;max-width:min(260px,70%);max-height:72px;margin:0 auto .6rem;object-fit:contain}
.account-logo{display:block;width:auto;height:auto;max-width:min(220px,60%);max-height:60px;margin:0 auto .5rem;object-fit:contain}
.logo{flex:none;width:16px;height:19px;fill:var(--leaf)}
.logo rect{fill:var(--forest)}
h1{margin:.15em 0 0;font:400 clamp(2rem,6.5vw,3.4rem)/1.1 ${SERIF};color:var(--forest)}
.divider{width:min(220px,60%);height:1px;margin:1rem auto .9rem;background:var(--gold);position:relative}
.divider::after{content:"";position:absolute;left:50%;top:50%;width:8px;height:8px;background:var(--gold);
transform:translate(-50%,-50%) rotate(45deg)}
.seal{position:absolute;top:clamp(28px,4vw,48px);right:clamp(28px,4vw,52px);width:clamp(96px,12vw,124px);height:auto}
.seal .ring{fill:#fff;stroke:var(--gold);stroke-width:2}
.seal .thin{fill:none;stroke:var(--gold);stroke-width:.7}
.seal .arc{font:700 7px ${SANS};letter-spacing:.6px;fill:var(--gold);text-anchor:middle}
.seal .tree{fill:var(--leaf)}
.seal .trunk{fill:var(--forest)}
.lead{font:italic 1.15rem/1.4 ${SERIF};color:var(--muted)}
.lead strong{color:var(--ink)}
.account{margin:.2em 0 .3em;font:700 clamp(1.6rem,5vw,2.6rem)/1.2 ${SERIF};overflow-wrap:anywhere}
.figures{display:flex;flex-wrap:wrap;justify-content:center;margin:1.6rem 0 .6rem}
.impact{margin:1.2rem 0 .4rem;text-align:center}
.impact h2{font-size:.72rem;font-weight:700;letter-spacing:.22em;text-transform:uppercase;color:var(--muted);margin:0 0 .5rem}
.equivalents{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:.4rem 1rem;margin:0}
.equivalents div{display:flex;flex-direction:column-reverse;padding:.3rem .5rem}
.equivalents dd{margin:0;font:700 1.25rem/1.2 ${SERIF};color:var(--forest);font-variant-numeric:lining-nums}
.equivalents dt{font-size:.7rem;color:var(--muted);letter-spacing:.08em;text-transform:uppercase}
.figures div{flex:1 1 240px;display:flex;flex-direction:column-reverse;padding:.2rem 1rem}
.figures div+div{border-left:1px solid var(--gold)}
.figures dd{margin:0;font:700 clamp(2.2rem,7vw,3.4rem)/1.05 ${SERIF};color:var(--forest);font-variant-numeric:lining-nums;
overflow-wrap:anywhere}
.figures dt{margin-top:.45rem;font-size:.72rem;font-weight:700;letter-spacing:.22em;text-transform:uppercase;color:var(--muted)}
.note{font-size:.8rem;color:var(--muted)}
.adjustment{font-weight:600;color:var(--ink)}
.projects{margin-top:1.6rem;padding:clamp(16px,3vw,24px);background:var(--panel);border-radius:8px;text-align:left}
h2{margin:0 0 .9rem;font-size:.75rem;letter-spacing:.22em;text-transform:uppercase;color:var(--leaf)}
.map{margin:0 0 1.4rem}
.map svg{display:block;width:100%;height:auto}
.map .ocean{fill:var(--ocean)}
.map .grid{fill:none;stroke:var(--grid);stroke-width:.8}
.map .equator{stroke:var(--land);stroke-width:1.2}
.map .land{fill:var(--land)}
.map .frame{fill:none;stroke:var(--leaf);stroke-width:1.5}
.marker line{stroke:var(--forest);stroke-width:1.2}
.marker .dot{fill:var(--gold);stroke:#fff;stroke-width:1.2}
.marker rect{fill:#fff;fill-opacity:.94;stroke:var(--leaf);stroke-width:1}
.marker text{font:700 13px ${SANS}}
.marker circle.num{fill:var(--forest);stroke:#fff;stroke-width:1.5}
.marker text.num{fill:#fff;text-anchor:middle;font-size:12px}
.marker .narrow{display:none}
.narrow line{stroke-width:2}
.narrow text.num{font-size:21px}
.marker text.name{fill:var(--ink)}
.marker text.end{text-anchor:end}
.project-list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,260px),1fr));
gap:1.1rem 2rem}
h3{display:flex;align-items:center;gap:.55rem;margin:0;font:700 1.05rem/1.3 ${SANS};overflow-wrap:anywhere}
.badge{flex:none;display:inline grid;place-items:center;width:1.5rem;height:1.5rem;border-radius:50%;background:var(--forest);color:#fff;
font-size:.75rem}
.meta{margin:.15rem 0 0 2.05rem;font-size:.85rem;color:var(--muted)}
.share{font-weight:700;color:var(--forest);margin-right:.6em}
.coords{white-space:nowrap}
.description{margin:.35rem 0 0 2.05rem;font:italic .95rem/1.45 ${SERIF};color:var(--muted)}
.foot{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-end;justify-content:space-between;margin-top:1.6rem;text-align:left;
font-size:.85rem;color:var(--muted)}
.foot p+p{margin-top:.2rem}
.foot a{color:var(--forest);overflow-wrap:anywhere}
code{font:.85rem/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;color:var(--ink);overflow-wrap:anywhere}
.button{flex:none;display:inline-block;padding:.65rem 1.2rem;border-radius:6px;background:var(--forest);color:#fff!important;
text-decoration:none;font-weight:700;font-size:.9rem}
.button:hover{background:var(--leaf)}
a:focus-visible{outline:3px solid var(--gold);outline-offset:2px}
@media (max-width:700px){
.certificate{outline-offset:-8px}
.seal{position:static;order:-1;margin-bottom:.6rem;width:92px}
.figures div+div{border-left:0;border-top:1px solid var(--gold);margin-top:.8rem;padding-top:1rem}
.marker .wide{display:none}
.marker .narrow{display:inline}
.marker .dot{r:7px}
}
@media print{
@page{size:A4 landscape;margin:8mm}
html{font-size:11px}
body{background:#fff}
main{padding:0}
.certificate{max-width:none;box-shadow:none;padding:20px 36px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.seal{top:20px;right:32px;width:88px}
/* The logos in a column at the top left, as on the PDF, above the account's name: they take no height from the page. */
.issuer-logo,.account-logo{position:absolute;left:32px;margin:0;max-width:140px;object-fit:contain;object-position:left center}
.issuer-logo,.account-logo.first{top:18px;max-height:36px}
.account-logo{top:58px;max-height:26px}
h1{font-size:2.8rem}
.divider{margin:.6rem auto}
.account{font-size:2.4rem}
.figures{margin:.8rem 0 .3rem}
.figures dd{font-size:3rem}
.projects{margin-top:.9rem;padding:12px 16px;display:grid;grid-template-columns:minmax(0,1.15fr) minmax(0,1fr);gap:0 20px;align-items:start;
break-inside:avoid}
.projects h2{grid-column:1/-1;margin-bottom:.5rem}
.map{margin:0}
.project-list{grid-template-columns:minmax(0,1fr);gap:.5rem}
.description{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.many{grid-template-columns:repeat(2,minmax(0,1fr));gap:.5rem 1rem}
.many .description{display:none}
.foot{margin-top:.8rem}
.button{display:none}
.foot a{text-decoration:none}
}
`;

const NOT_FOUND_CSS = `
:root{--forest:#1f4e37;--leaf:#3d8a5b;--gold:#a8853a;--ink:#1c2a22;--muted:#56665d;--paper:#ece8dc;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.5 ${SANS}}
.missing{max-width:560px;margin:clamp(24px,12vh,120px) auto;padding:clamp(24px,5vw,40px);background:#fff;border:3px solid var(--forest);
outline:1px solid var(--gold);outline-offset:-9px;text-align:center}
.brand{display:flex;align-items:center;justify-content:center;gap:.4rem;margin:0;font-weight:700;letter-spacing:.2em;
text-transform:uppercase;font-size:.8rem;color:var(--forest)}
.logo{flex:none;width:16px;height:19px;fill:var(--leaf)}
.logo rect{fill:var(--forest)}
h1{margin:.6em 0 .4em;font:400 clamp(1.6rem,5vw,2.2rem)/1.2 ${SERIF};color:var(--forest)}
p{color:var(--muted)}
a{color:var(--forest);font-weight:600}
`;
