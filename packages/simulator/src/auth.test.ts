import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import {
  AccessTokenStore,
  parseBearer,
  resolveUserId,
  signAppJwt,
  signUserJwt,
  userIdFor,
  verifyAppJwt,
  verifyUserJwt,
} from "./auth.js";

const app = { clientId: "cs-test", clientSecret: "a-test-secret-that-is-long-enough" };
const NOW = 1_700_000_000_000;

describe("userIdFor", () => {
  it("is a deterministic u-<uuid v5> per identity", () => {
    const id = userIdFor("alice@example.com");
    expect(id).toMatch(/^u-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(userIdFor("alice@example.com")).toBe(id);
    expect(userIdFor("bob@example.com")).not.toBe(id);
  });

  it("resolves a user id, a platform identity or a sub to the same id", () => {
    const id = userIdFor("alice");
    expect(resolveUserId(id, app.clientId)).toBe(id);
    expect(resolveUserId("cs-test/alice", app.clientId)).toBe(id);
    expect(resolveUserId("alice", app.clientId)).toBe(id);
  });
});

describe("parseBearer", () => {
  it("accepts any case of the scheme", () => {
    expect(parseBearer("bearer abc")).toBe("abc");
    expect(parseBearer("Bearer -abc")).toBe("-abc");
    expect(parseBearer("BEARER  abc ")).toBe("abc");
  });

  it("rejects other schemes and missing tokens", () => {
    expect(parseBearer("Basic abc")).toBeNull();
    expect(parseBearer("bearer")).toBeNull();
    expect(parseBearer(undefined)).toBeNull();
  });
});

describe("verifyUserJwt", () => {
  it("accepts a JWT signed with the app secret and returns its sub", async () => {
    const jwt = await signUserJwt(app, "alice", { nowMs: NOW, isAnonymous: true });
    expect(await verifyUserJwt(app, jwt, NOW)).toEqual({
      ok: true,
      value: { subject: "alice", isAnonymous: true },
    });
  });

  it("rejects a JWT past its exp", async () => {
    const jwt = await signUserJwt(app, "alice", { nowMs: NOW, expiresInSeconds: 60 });
    expect(await verifyUserJwt(app, jwt, NOW + 61_000)).toEqual({
      ok: false,
      message: "JWT has expired",
    });
  });

  it("rejects another secret, another issuer and garbage", async () => {
    const otherSecret = await signUserJwt(
      { ...app, clientSecret: "another-secret-another-secret" },
      "a",
      { nowMs: NOW },
    );
    const otherIssuer = await signUserJwt({ ...app, clientId: "cs-other" }, "a", { nowMs: NOW });
    for (const jwt of [otherSecret, otherIssuer, "not.a.jwt"]) {
      expect((await verifyUserJwt(app, jwt, NOW)).ok).toBe(false);
    }
  });

  it("rejects a JWT without sub", async () => {
    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(app.clientId)
      .sign(new TextEncoder().encode(app.clientSecret));
    expect(await verifyUserJwt(app, jwt, NOW)).toEqual({
      ok: false,
      message: "JWT has no sub claim",
    });
  });
});

describe("verifyAppJwt", () => {
  it("accepts an app JWT and refuses a user JWT", async () => {
    expect((await verifyAppJwt(app, await signAppJwt(app, { nowMs: NOW }), NOW)).ok).toBe(true);
    expect((await verifyAppJwt(app, await signUserJwt(app, "a", { nowMs: NOW }), NOW)).ok).toBe(
      false,
    );
  });
});

describe("AccessTokenStore", () => {
  it("issues random tokens that expire after the ttl", () => {
    let time = NOW;
    const tokens = new AccessTokenStore(1_000, () => time);
    const record = tokens.issue({ userId: "u-1", subject: "a", botId: "st-1" });
    expect(record.token).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(tokens.lookup(record.token)).toEqual({ ok: true, record });
    time += 1_000;
    expect(tokens.lookup(record.token)).toEqual({ ok: false, message: "Token expired" });
    expect(tokens.lookup("unknown")).toEqual({ ok: false, message: "Invalid token" });
    expect(tokens.lookup(null).ok).toBe(false);
  });

  it("tolerates a stray dash before a token, and never issues one starting with a dash", () => {
    const tokens = new AccessTokenStore(60_000, () => NOW);
    for (let index = 0; index < 500; index++) {
      const record = tokens.issue({ userId: "u-1", subject: "a", botId: "st-1" });
      expect(record.token.startsWith("-")).toBe(false);
      expect(tokens.lookup(record.token).ok).toBe(true);
      expect(tokens.lookup(`-${record.token}`).ok).toBe(true);
    }
  });

  it("expires only the tokens issued before expireAll", () => {
    const tokens = new AccessTokenStore(60_000, () => NOW);
    const before = tokens.issue({ userId: "u-1", subject: "a", botId: "st-1" });
    tokens.expireAll();
    const after = tokens.issue({ userId: "u-1", subject: "a", botId: "st-1" });
    expect(tokens.lookup(before.token).ok).toBe(false);
    expect(tokens.lookup(after.token).ok).toBe(true);
  });

  it("expires one user's tokens alone, and still finds an expired token's owner", () => {
    const tokens = new AccessTokenStore(60_000, () => NOW);
    const alice = tokens.issue({ userId: "u-1", subject: "a", botId: "st-1" });
    const bob = tokens.issue({ userId: "u-2", subject: "b", botId: "st-1" });
    tokens.expireAll("u-1");
    const aliceAgain = tokens.issue({ userId: "u-1", subject: "a", botId: "st-1" });
    expect(tokens.lookup(alice.token)).toEqual({ ok: false, message: "Token expired" });
    expect(tokens.lookup(bob.token).ok).toBe(true);
    expect(tokens.lookup(aliceAgain.token).ok).toBe(true);
    expect(tokens.find(alice.token)?.userId).toBe("u-1");
    expect(tokens.find(`-${bob.token}`)?.userId).toBe("u-2");
    expect(tokens.find("unknown")).toBeUndefined();
  });
});
