// What a host page writes to put the widget on it: one script tag and one call.
fetch("/api/config")
  .then((response) => response.json())
  .then((config) => {
    const identity = new URLSearchParams(location.search).get("user") ?? "demo-user@example.com";
    window.koreChatWidget = window.KoreChat.mount({
      apiHost: config.apiHost,
      botInfo: config.botInfo,
      jwtUrl: "/api/jwt",
      jwtRequestBody: { identity },
      title: config.botInfo.chatBot,
    });
  });
