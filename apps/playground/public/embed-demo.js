// What a host page writes to put the widget on it: one script tag and one call.
fetch("/api/config")
  .then((response) => response.json())
  .then((config) => {
    const query = new URLSearchParams(location.search);
    const identity = query.get("user") ?? "demo-user@example.com";
    // `?keepAliveMs=1000`: a shorter ping interval, so tests see a silent socket replaced soon.
    const keepAliveMs = Number(query.get("keepAliveMs"));
    // `?colorScheme=dark|light`: the widget's scheme regardless of the visitor's preference.
    const colorScheme = query.get("colorScheme");
    // `?locale=de|ar|fr|es|ja`: the widget's language (its catalogue loads next to the script).
    const locale = query.get("locale");
    // `?preload=idle|eager`, `?open=1`, `?integrity=sha384-…`: when the panel is fetched, and its
    // hash (or, as JSON, the object of dist/integrity.json: every file's).
    const preload = query.get("preload");
    const integrityParameter = query.get("integrity");
    const integrity = integrityParameter?.startsWith("{")
      ? JSON.parse(integrityParameter)
      : integrityParameter;
    // As the playground's: `?brand=1` shows the platform's title (the host's would win over it;
    // branding itself is on by default in the embed), `?accent=%23…` the host's accent over the
    // platform's, `?sound=0|1` the Message sound toggle.
    const brand = query.get("brand") === "1";
    const accent = query.get("accent");
    const sound = query.get("sound");
    window.koreChatWidget = window.KoreChat.mount({
      apiHost: config.apiHost,
      botInfo: config.botInfo,
      jwtUrl: "/api/jwt",
      jwtRequestBody: { identity },
      ...(brand ? {} : { title: config.botInfo.chatBot }),
      ...(accent ? { theme: { accent } } : {}),
      ...(sound === null ? {} : { sound: sound === "1" }),
      ...(keepAliveMs > 0 ? { keepAliveIntervalMs: keepAliveMs } : {}),
      ...(colorScheme === "dark" || colorScheme === "light" ? { colorScheme } : {}),
      ...(locale ? { locale } : {}),
      ...(preload === "idle" || preload === "eager" ? { preload } : {}),
      ...(query.get("open") === "1" ? { open: true } : {}),
      ...(integrity ? { integrity } : {}),
    });
  });
