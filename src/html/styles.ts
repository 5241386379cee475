/**
 * The one stylesheet, inlined in every page and allowed by its hash in the Content-Security-Policy
 * (no external fonts or files: a page is one request). System fonts, light and dark palettes from
 * `prefers-color-scheme`, one column below 40rem. No `style=""` attributes anywhere: the policy
 * allows this block only.
 */
export const STYLES = `
:root{color-scheme:light dark;--bg:#f7f6f3;--surface:#fff;--sunk:#f0eee9;--text:#1d1f24;--muted:#5f6472;--line:#e3e0d9;
--accent:#c2410c;--accent-soft:#fff1e8;--link:#1f4fd1;--ok:#15803d;--warn-bg:#fff7d6;--warn-line:#e8c547;--focus:#2563eb;
--radius:10px;--shadow:0 1px 2px rgba(20,20,30,.05),0 2px 8px rgba(20,20,30,.04)}
@media (prefers-color-scheme:dark){:root{--bg:#0f1115;--surface:#171a21;--sunk:#12151b;--text:#e7e9ee;--muted:#9aa1b0;--line:#2a2f3a;
--accent:#fb923c;--accent-soft:#2b1c12;--link:#8fb3ff;--ok:#4ade80;--warn-bg:#2b2410;--warn-line:#8a6d1c;--focus:#8fb3ff;
--shadow:0 1px 2px rgba(0,0,0,.3)}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--link);text-decoration-thickness:1px;text-underline-offset:2px}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:2px solid var(--focus);outline-offset:2px}
code,kbd,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.88em}
code{background:var(--sunk);border:1px solid var(--line);border-radius:5px;padding:.05em .35em;overflow-wrap:anywhere}
h1,h2,h3{line-height:1.25;margin:0}
h2{font-size:1.3rem;margin-bottom:.35rem}
p{margin:.4rem 0}
.wrap{max-width:70rem;margin:0 auto;padding:0 1.25rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--surface);padding:.5rem;z-index:1}
.site{border-bottom:1px solid var(--line);background:var(--surface)}
.site .wrap{display:flex;align-items:center;justify-content:space-between;gap:1rem;padding-top:.8rem;padding-bottom:.8rem;flex-wrap:wrap}
.brand{display:flex;align-items:center;gap:.55rem;color:var(--text);text-decoration:none;font-weight:700;font-size:1.2rem;letter-spacing:-.01em}
.brand svg{flex:none}
.site nav{display:flex;gap:1.1rem;font-size:.95rem}
.site nav a{color:var(--muted);text-decoration:none}.site nav a:hover{color:var(--text)}
main{padding:2rem 0 3rem}
section{margin-top:2.75rem}
.lede{font-size:clamp(1.6rem,3.2vw,2.3rem);font-weight:750;letter-spacing:-.02em;max-width:40ch}
.lede-sub{color:var(--muted);font-size:1.08rem;max-width:62ch;margin-top:.6rem}
.section-sub{color:var(--muted);margin:0 0 1rem;max-width:70ch}
.status{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;margin-top:1rem;color:var(--muted);font-size:.93rem}
.status .dot{display:inline-block;width:.55rem;height:.55rem;border-radius:50%;background:var(--ok);margin-right:.4rem;vertical-align:.05em}
.status .dot.off{background:var(--muted)}
.notice{margin-top:1rem;padding:.7rem .9rem;border:1px solid var(--warn-line);background:var(--warn-bg);border-radius:var(--radius)}
.card{background:var(--surface);border:1px solid var(--line);border-radius:var(--radius);box-shadow:var(--shadow)}
.subscribe{margin-top:1.6rem;padding:1.1rem 1.2rem}
.subscribe h2{font-size:1.05rem}
.copy{display:flex;gap:.5rem;margin:.55rem 0 .2rem}
.copy input{flex:1;min-width:0;font:inherit;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.9rem;
padding:.5rem .65rem;border:1px solid var(--line);border-radius:8px;background:var(--sunk);color:var(--text)}
.btn{display:inline-flex;align-items:center;gap:.35rem;font:inherit;font-size:.9rem;font-weight:600;line-height:1.2;padding:.5rem .8rem;border-radius:8px;
border:1px solid var(--line);background:var(--surface);color:var(--text);text-decoration:none;cursor:pointer;white-space:nowrap}
.btn:hover{border-color:var(--muted)}
.btn.primary{background:var(--accent);border-color:var(--accent);color:#fff}
@media (prefers-color-scheme:dark){.btn.primary{color:#1a0f07}}
.formats{display:flex;flex-wrap:wrap;gap:.4rem;margin-top:.6rem}
.fmt{display:inline-block;font-size:.78rem;font-weight:700;letter-spacing:.02em;padding:.2rem .55rem;border-radius:999px;text-decoration:none;
border:1px solid var(--line);color:var(--text);background:var(--sunk)}
.fmt:hover{border-color:var(--accent);color:var(--accent)}
.fmt.rss{background:var(--accent-soft);border-color:transparent;color:var(--accent)}
.hint{color:var(--muted);font-size:.88rem}
.topics{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(19rem,1fr));gap:.9rem}
.topic{padding:1rem 1.05rem;display:flex;flex-direction:column;gap:.3rem}
.topic-head{display:flex;align-items:baseline;justify-content:space-between;gap:.75rem}
.topic h3{font-size:1.05rem}
.topic h3 a{color:var(--text);text-decoration:none}.topic h3 a:hover{text-decoration:underline}
.topic .daily{border-top:1px solid var(--line);margin-top:.6rem;padding-top:.5rem}.topic .daily .topic-head{font-size:.9rem;margin:0}
.count{flex:none;color:var(--muted);font-size:.85rem;font-variant-numeric:tabular-nums}
.topic p{color:var(--muted);font-size:.92rem;margin:0}
.topic .copy{margin-top:auto;padding-top:.45rem}
.topic .copy input{font-size:.8rem;padding:.4rem .5rem}
.topic .btn{font-size:.8rem;padding:.35rem .6rem}
.builder{display:grid;grid-template-columns:minmax(0,1.15fr) minmax(0,1fr);gap:1.25rem;align-items:start}
.builder form{padding:1.1rem 1.2rem;display:grid;grid-template-columns:1fr 1fr;gap:.85rem}
.field{display:flex;flex-direction:column;gap:.3rem;font-size:.9rem;font-weight:600}
.field.wide{grid-column:1/-1}
.field-error,.form-error{color:var(--accent);font-weight:600;font-size:.88rem}
.form-error{grid-column:1/-1;margin:0}
.field [aria-invalid="true"]{border-color:var(--accent);outline:1px solid var(--accent)}
.field input,.field select{font:inherit;font-weight:400;padding:.5rem .6rem;border:1px solid var(--line);border-radius:8px;background:var(--surface);color:var(--text)}
fieldset.field{border:0;margin:0;padding:0}
fieldset.field legend{padding:0;margin-bottom:.3rem}
.radios{display:flex;gap:1rem;font-weight:400}
.radios label{display:flex;align-items:center;gap:.3rem}
.actions{grid-column:1/-1;display:flex;flex-wrap:wrap;gap:.6rem;align-items:center}
.live{grid-column:1/-1;border-top:1px dashed var(--line);padding-top:.8rem}
.live .copy{margin-top:.35rem}
.syntax{padding:1.1rem 1.2rem;font-size:.93rem}
.syntax h3{font-size:1rem;margin-bottom:.5rem}
.syntax dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:.45rem .9rem}
.syntax dt{white-space:nowrap}.syntax dd{margin:0;color:var(--muted)}.syntax code{white-space:nowrap}
.papers{list-style:none;margin:0;padding:0;display:grid;gap:.8rem}
.paper{padding:1rem 1.15rem}
.paper h3{font-size:1.08rem;overflow-wrap:anywhere}
.paper h3 a{color:var(--text);text-decoration:none}.paper h3 a:hover{color:var(--link);text-decoration:underline}
.meta{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem .85rem;color:var(--muted);font-size:.86rem;margin-top:.35rem}
.votes{display:inline-flex;align-items:center;gap:.25rem;font-weight:700;color:var(--accent);font-variant-numeric:tabular-nums}
.authors{color:var(--muted);font-size:.9rem;margin-top:.35rem;overflow-wrap:anywhere}
.summary{margin-top:.45rem;font-size:.95rem;overflow-wrap:anywhere}
.abstract{margin-top:.4rem;font-size:.92rem}.abstract summary{cursor:pointer;color:var(--muted);font-size:.86rem;font-weight:600}
.abstract p{margin:.35rem 0 0;max-width:80ch;overflow-wrap:anywhere}
.chips{display:flex;flex-wrap:wrap;gap:.3rem;margin-top:.5rem;padding:0;list-style:none}
.chips li{font-size:.76rem;padding:.12rem .5rem;border-radius:999px;background:var(--sunk);border:1px solid var(--line);color:var(--muted);overflow-wrap:anywhere}
.links{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin-top:.6rem;font-size:.88rem;font-weight:600}
.links a{text-decoration:none}.links a:hover{text-decoration:underline}
.empty{padding:1.6rem 1.2rem;text-align:center;color:var(--muted)}
.empty strong{display:block;color:var(--text);font-size:1.1rem;margin-bottom:.3rem}
.crumbs{font-size:.9rem;color:var(--muted);margin-bottom:.6rem}
.filters{display:flex;flex-wrap:wrap;gap:.4rem;margin-top:.7rem;padding:0;list-style:none}
.filters li{font-size:.85rem;padding:.15rem .55rem;border-radius:6px;background:var(--sunk);border:1px solid var(--line)}
.more{margin-top:1rem}
footer{border-top:1px solid var(--line);color:var(--muted);font-size:.88rem;padding:1.5rem 0 2.5rem}
footer p{margin:.2rem 0}
[hidden]{display:none!important}
@media (max-width:52rem){.builder{grid-template-columns:1fr}}
@media (max-width:40rem){
.wrap{padding:0 1rem}main{padding-top:1.4rem}section{margin-top:2.2rem}
.subscribe,.builder form,.syntax,.paper,.topic{padding:.9rem}
.builder form{grid-template-columns:1fr}
.topics{grid-template-columns:1fr}
.syntax dl{grid-template-columns:1fr;gap:.1rem}.syntax dd{margin-bottom:.45rem}
.site nav{gap:.9rem}
}
`;
