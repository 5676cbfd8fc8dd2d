'use strict';
// Runs the telegram-test-api Bot API emulator on 127.0.0.1 behind a thin patching layer and
// prints {"port": N} on stdout once it listens. Usage: node emulator.js [port] (0 = any free).
//
// The patches bridge where the emulator differs from the real Bot API, so that the bot under
// test runs unchanged (python-telegram-bot 22 would otherwise reject the responses):
//   - getMe lacks is_bot and the can_* flags;
//   - sent messages carry `date` in milliseconds and no `from`;
//   - callback queries lack `chat_instance`;
//   - answerCallbackQuery and the edit methods return null instead of true;
//   - getUpdates marks an update read as soon as it returns it, whatever the offset; Telegram
//     confirms an update only when a later getUpdates passes a higher offset and sends it
//     again until then (at most `limit`, default 100, a call). The bridge keeps what it
//     returned until so confirmed, which is what a bot's crash-safety depends on.
// Methods the emulator does not implement (setMyCommands, sendChatAction, …) still answer
// HTTP 500: the bot must cope with a Bot API that refuses, and the tests check it does.
//
// Test-only endpoints: GET /__calls lists every Bot API call the bot made (method, params).

const express = require('express');
const TelegramServer = require('telegram-test-api');

// A client request without botToken (or /sendCommand without entities) rejects a promise
// nobody awaits inside the emulator; by default that kills Node and with it every test.
process.on('unhandledRejection', (error) => {
  console.error(`emulator: unhandled rejection: ${error && error.message}`);
});

const BOT_USER = {
  id: 666, is_bot: true, first_name: 'Test First name', username: 'TestNameBot',
  can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true,
};
const BOT_PATH = /^\/bot([^/]+)\/(\w+)$/;
const NULL_IS_TRUE = new Set(['answerCallbackQuery', 'editMessageText', 'editMessageReplyMarkup',
  'deleteMessage', 'setWebhook']);

function patchMessage(message) {
  if (!message || typeof message !== 'object') return message;
  const patched = { ...message, from: message.from || BOT_USER };
  if (patched.date > 1e11) patched.date = Math.floor(patched.date / 1000);
  return patched;
}

function patchUpdate(update) {
  if (!update.callback_query) return update;
  const query = { ...update.callback_query };
  const chat = query.message && query.message.chat;
  query.chat_instance = query.chat_instance || String(chat ? chat.id : query.from.id);
  return { ...update, callback_query: query };
}

function patch(method, body) {
  if (!body || body.ok !== true) return body;
  let { result } = body;
  if (method === 'getMe') result = { ...result, ...BOT_USER, ...{ id: result.id } };
  else if (method === 'getUpdates') result = result.map(patchUpdate);
  else if (result === null && NULL_IS_TRUE.has(method)) result = true;
  else if (method.startsWith('send') || method.startsWith('edit')) result = patchMessage(result);
  return { ...body, result };
}

// Bot token → updates returned by getUpdates and not yet confirmed by a higher offset.
const unconfirmed = new Map();

function redeliver(token, params, body) {
  const offset = Number(params.offset || 0);
  const limit = Number(params.limit || 100);
  const fresh = body && body.ok === true ? body.result : [];
  const kept = (unconfirmed.get(token) || []).concat(fresh)
    .filter((update) => update.update_id >= offset);
  unconfirmed.set(token, kept);
  return { ...body, ok: true, result: kept.slice(0, limit) };
}

const emulator = new TelegramServer({ host: '127.0.0.1', port: 1, storeTimeout: 3600 });
const calls = [];
const app = express();
// Parsed here, the body is left alone by the emulator's own parsers (body-parser skips it).
app.use(express.json());
app.use(express.urlencoded({ extended: true }));
app.get('/__calls', (_req, res) => res.json(calls));
app.use((req, res, next) => {
  const match = BOT_PATH.exec(req.path);
  if (!match) return next();
  const method = match[2];
  if (method !== 'getUpdates') calls.push({ method, params: { ...req.query, ...req.body } });
  const json = res.json.bind(res);
  if (method === 'getUpdates') {
    const params = { ...req.query, ...req.body };
    res.json = (body) => json(patch(method, redeliver(match[1], params, body)));
  } else {
    res.json = (body) => json(patch(method, body));
  }
  return next();
});
app.use(emulator.webServer);

const server = app.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
