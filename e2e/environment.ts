// Where the e2e run serves the playground and the simulator: fixed ports, distinct from
// `npm start`'s 5173 and 4010 so a running dev server never answers the tests.
const playgroundPort = Number(process.env.KORE_E2E_PLAYGROUND_PORT ?? 5174);
const simulatorPort = Number(process.env.KORE_E2E_SIMULATOR_PORT ?? 4011);
const storybookPort = Number(process.env.KORE_E2E_STORYBOOK_PORT ?? 6007);

export const e2eHost = "127.0.0.1";
export const e2ePorts = {
  playground: playgroundPort,
  simulator: simulatorPort,
  storybook: storybookPort,
} as const;
export const playgroundUrl = `http://${e2eHost}:${playgroundPort}/`;
export const simulatorUrl = `http://${e2eHost}:${simulatorPort}`;
/** The static Storybook (`storybook-static/`, built by `pnpm run build-storybook`). */
export const storybookUrl = `http://${e2eHost}:${storybookPort}/`;
