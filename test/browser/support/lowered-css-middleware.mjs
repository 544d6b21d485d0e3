// Koa middleware for the test runner's server: /__lowered.css?css=<text> answers that CSS as an
// app's bundler ships it. Vite 8 minifies CSS with Lightning CSS for its default browser targets
// (Baseline widely available), which lowers `light-dark()` into `--lightningcss-light/-dark`
// variables switched by the `color-scheme` declarations of the same stylesheet; the theming tests
// check that the kit's themes switch such a host page too.
import { transform } from 'lightningcss';

const version = (major, minor = 0) => (major << 16) | (minor << 8);
/** Vite 8's default build targets: chrome111, edge111, firefox114, safari16.4. */
const VITE_DEFAULT_TARGETS = {
  chrome: version(111),
  edge: version(111),
  firefox: version(114),
  safari: version(16, 4),
};

export async function loweredCssMiddleware(ctx, next) {
  if (ctx.path !== '/__lowered.css') return next();
  const { code } = transform({
    filename: 'host-page.css',
    code: Buffer.from(String(ctx.query.css ?? '')),
    targets: VITE_DEFAULT_TARGETS,
  });
  ctx.type = 'text/css';
  ctx.body = code.toString();
}
