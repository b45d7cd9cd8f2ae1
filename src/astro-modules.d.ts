// tsc (unlike `astro check`) cannot read .astro files; TypeScript modules that import
// components see them as Astro component factories.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
