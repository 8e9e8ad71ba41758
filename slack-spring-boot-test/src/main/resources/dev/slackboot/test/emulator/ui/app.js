// The Slack emulator's web page: lists the workspace's conversations, shows the selected one's messages as
// they are posted (Server-Sent Events from /_emulator/stream) and posts as a user through the control API.
'use strict';

(() => {
	const EMOJI = {
		'+1': '👍', thumbsup: '👍', '-1': '👎', thumbsdown: '👎', heart: '❤️', smile: '😄', joy: '😂',
		tada: '🎉', eyes: '👀', wave: '👋', rocket: '🚀', fire: '🔥', white_check_mark: '✅', ok_hand: '👌',
		raised_hands: '🙌', pray: '🙏', clap: '👏', thinking_face: '🤔', 100: '💯', star: '⭐', robot_face: '🤖'
	};
	const CHANNEL_EVENTS = new Set(['channel_created', 'group_joined', 'im_created', 'member_joined_channel',
		'channel_rename', 'channel_archive', 'channel_unarchive', 'channel_deleted']);

	const QUIET_SUBTYPES = new Set(['message_changed', 'message_deleted', 'message_replied', 'channel_join']);

	const state = {
		users: new Map(),
		channels: [],
		defaultUser: null,
		botId: null,
		selected: null,
		threadTs: null,
		unread: new Map(),
		stickToBottom: true
	};

	const $ = (id) => document.getElementById(id);
	const elements = {
		teamName: $('team-name'),
		status: $('connection-status'),
		channelList: $('channel-list'),
		dmList: $('dm-list'),
		title: $('conversation-title'),
		details: $('conversation-details'),
		messages: $('messages'),
		noMessages: $('no-messages'),
		typing: $('typing'),
		composer: $('composer'),
		threadTarget: $('thread-target'),
		threadTargetText: $('thread-target-text'),
		cancelThread: $('cancel-thread'),
		postAs: $('post-as'),
		text: $('message-text'),
		send: $('send'),
		error: $('post-error')
	};

	function element(tag, attributes, ...children) {
		const node = document.createElement(tag);
		Object.entries(attributes || {}).forEach(([name, value]) => {
			if (value === null || value === undefined || value === false) {
				return;
			}
			if (name === 'className') {
				node.className = value;
			}
			else {
				node.setAttribute(name, value === true ? '' : String(value));
			}
		});
		children.flat().forEach((child) => {
			if (child !== null && child !== undefined) {
				node.append(child instanceof Node ? child : document.createTextNode(String(child)));
			}
		});
		return node;
	}

	async function getJson(url, options) {
		const response = await fetch(url, Object.assign({ cache: 'no-store' }, options));
		const body = await response.json();
		if (!body.ok) {
			throw new Error(body.error || ('HTTP ' + response.status));
		}
		return body;
	}

	// Workspace and conversations

	function userName(id) {
		const user = state.users.get(id);
		return user ? user.name : id;
	}

	function displayName(id) {
		const user = state.users.get(id);
		return user ? (user.real_name || user.name) : id;
	}

	function conversationLabel(channel) {
		if (channel.is_im || channel.is_mpim) {
			return channel.members.map(userName).join(', ');
		}
		return channel.name;
	}

	function conversationKey(channel) {
		return channel.is_im ? channel.id : channel.name;
	}

	async function loadWorkspace() {
		const workspace = await getJson('/_emulator/workspace');
		state.users = new Map(workspace.users.map((user) => [user.id, user]));
		state.channels = workspace.channels;
		state.defaultUser = workspace.default_user;
		state.botId = workspace.bot.id;
		elements.teamName.textContent = workspace.team.name;
		document.title = workspace.team.name + ' · Slack emulator';
		if (state.selected) {
			state.selected = state.channels.find((channel) => channel.id === state.selected.id) || null;
		}
		renderConversations();
		renderUserPicker();
	}

	function renderConversations() {
		const channels = state.channels.filter((channel) => !channel.is_im && !channel.is_mpim);
		const dms = state.channels.filter((channel) => channel.is_im || channel.is_mpim);
		const focused = document.activeElement ? document.activeElement.id : '';
		elements.channelList.replaceChildren(...channels.map(conversationItem));
		elements.dmList.replaceChildren(...dms.map(conversationItem));
		const refocus = focused.startsWith('channel-') ? document.getElementById(focused) : null;
		if (refocus) {
			refocus.focus();
		}
	}

	function conversationItem(channel) {
		const selected = state.selected && state.selected.id === channel.id;
		const unread = state.unread.get(channel.id) || 0;
		const prefix = channel.is_im || channel.is_mpim ? '●' : (channel.is_private ? lockIcon() : '#');
		const kind = channel.is_private ? ' (private)' : '';
		const button = element('button', {
			type: 'button',
			className: 'conversation-button' + (unread ? ' has-unread' : ''),
			id: 'channel-' + channel.id,
			'data-testid': 'channel-' + conversationKey(channel),
			'data-channel-id': channel.id,
			'aria-current': selected ? 'page' : null
		},
		element('span', { className: 'prefix', 'aria-hidden': 'true' }, prefix),
		element('span', { className: 'name' }, conversationLabel(channel)),
		kind ? element('span', { className: 'visually-hidden' }, kind) : null,
		unread ? element('span', { className: 'unread', 'data-testid': 'unread-count' },
			element('span', { 'aria-hidden': 'true' }, unread),
			element('span', { className: 'visually-hidden' }, ', ' + unread + ' new')) : null);
		button.addEventListener('click', () => select(channel.id));
		return element('li', {}, button);
	}

	function lockIcon() {
		const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
		svg.setAttribute('viewBox', '0 0 16 16');
		svg.setAttribute('class', 'icon');
		const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
		path.setAttribute('d', 'M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 0 0-4 0z');
		path.setAttribute('fill', 'currentColor');
		svg.append(path);
		return svg;
	}

	function renderUserPicker() {
		const previous = elements.postAs.value || state.defaultUser;
		const members = new Set(state.selected ? state.selected.members : []);
		const people = [...state.users.values()].filter((user) => !user.is_bot);
		elements.postAs.replaceChildren(...people.map((user) => element('option', {
			value: user.id,
			disabled: state.selected && !members.has(user.id)
		}, user.real_name + ' (@' + user.name + ')' + (state.selected && !members.has(user.id) ? ' · not a member' : ''))));
		const candidates = [previous, state.defaultUser, ...people.map((user) => user.id)];
		const choice = candidates.find((id) => people.some((user) => user.id === id) && (!state.selected || members.has(id)));
		if (choice) {
			elements.postAs.value = choice;
		}
	}

	function select(idOrKey) {
		const channel = state.channels.find((candidate) => candidate.id === idOrKey || conversationKey(candidate) === idOrKey);
		if (!channel) {
			return;
		}
		const changed = !state.selected || state.selected.id !== channel.id;
		state.selected = channel;
		state.unread.delete(channel.id);
		if (changed) {
			state.threadTs = null;
			state.stickToBottom = true;
			elements.messages.replaceChildren();
			elements.messages.setAttribute('aria-busy', 'true');
			elements.typing.textContent = '';
			renderThreadTarget();
		}
		const key = '#' + conversationKey(channel);
		if (location.hash !== key) {
			history.replaceState(null, '', key);
		}
		renderConversations();
		renderUserPicker();
		renderHeader();
		refreshMessages();
	}

	function renderHeader() {
		const channel = state.selected;
		const prefix = channel.is_im || channel.is_mpim ? '' : (channel.is_private ? '' : '#');
		elements.title.replaceChildren(channel.is_private ? lockIcon() : '', prefix + conversationLabel(channel));
		if (channel.is_private) {
			elements.title.append(element('span', { className: 'visually-hidden' }, ' (private)'));
		}
		const count = channel.members.length;
		const botHere = channel.members.includes(state.botId);
		elements.details.textContent = count + (count === 1 ? ' member' : ' members') + ' · '
			+ (botHere ? 'the bot is a member' : 'the bot is not a member and sees nothing here');
		elements.text.placeholder = 'Message ' + prefix + conversationLabel(channel);
	}

	// Messages

	let refreshing = null;
	let refreshAgain = false;

	function refreshMessages() {
		if (refreshing) {
			refreshAgain = true;
			return refreshing;
		}
		refreshing = loadMessages().catch((error) => {
			elements.error.textContent = 'Could not read the messages: ' + error.message;
		}).finally(() => {
			refreshing = null;
			if (refreshAgain) {
				refreshAgain = false;
				refreshMessages();
			}
		});
		return refreshing;
	}

	async function loadMessages() {
		const channel = state.selected;
		if (!channel) {
			return;
		}
		const body = await getJson('/_emulator/messages?channel=' + encodeURIComponent(channel.id));
		if (!state.selected || state.selected.id !== channel.id) {
			return;
		}
		const list = elements.messages;
		const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
		renderMessages(body.messages);
		list.removeAttribute('aria-busy');
		if (nearBottom || state.stickToBottom) {
			list.scrollTop = list.scrollHeight;
			state.stickToBottom = false;
		}
	}

	function renderMessages(messages) {
		const parents = messages.filter((message) => !message.thread_ts || message.thread_ts === message.ts);
		const replies = new Map();
		messages.filter((message) => message.thread_ts && message.thread_ts !== message.ts).forEach((reply) => {
			if (!replies.has(reply.thread_ts)) {
				replies.set(reply.thread_ts, []);
			}
			replies.get(reply.thread_ts).push(reply);
		});
		reconcile(elements.messages, parents, (message) => renderMessage(message, true), (item, message) => {
			const thread = replies.get(message.ts) || [];
			const count = Math.max(message.reply_count || 0, thread.length);
			const counter = item.querySelector(':scope > .message-body > .reply-count');
			counter.hidden = count === 0;
			counter.textContent = count + (count === 1 ? ' reply' : ' replies');
			const list = item.querySelector(':scope > .message-body > .replies');
			list.hidden = thread.length === 0;
			reconcile(list, thread, (reply) => renderMessage(reply, false));
		});
		elements.noMessages.hidden = messages.length > 0;
	}

	// Brings a list's items in line with the messages, keeping (and so not announcing again) the unchanged ones.
	function reconcile(list, messages, render, update) {
		const existing = new Map([...list.children].map((item) => [item.dataset.ts, item]));
		let previous = null;
		messages.forEach((message) => {
			const signature = JSON.stringify(Object.assign({}, message,
				{ reply_count: null, reply_users_count: null, latest_reply: null, reply_users: null }));
			let item = existing.get(message.ts);
			existing.delete(message.ts);
			if (!item || item.dataset.signature !== signature) {
				const fresh = render(message);
				fresh.dataset.signature = signature;
				if (item) {
					item.replaceWith(fresh);
				}
				item = fresh;
			}
			if (update) {
				update(item, message);
			}
			const next = previous ? previous.nextElementSibling : list.firstElementChild;
			if (item !== next) {
				list.insertBefore(item, next);
			}
			previous = item;
		});
		existing.forEach((item) => item.remove());
	}

	function renderMessage(message, topLevel) {
		const fromBot = Boolean(message.bot_id);
		const system = Boolean(message.subtype) && message.subtype !== 'bot_message' && message.subtype !== 'thread_broadcast';
		const author = message.username && fromBot ? message.username : displayName(message.user);
		const time = new Date(parseFloat(message.ts) * 1000);
		const body = element('div', { className: 'message-body' },
			element('p', { className: 'message-meta' },
				element('span', { className: 'author', 'data-testid': 'message-author' }, author),
				fromBot ? element('span', { className: 'badge', title: 'App' }, 'APP') : null,
				element('time', { datetime: time.toISOString(), title: time.toLocaleString() },
					time.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })),
				message.edited ? element('span', { className: 'edited' }, '(edited)') : null),
			element('div', { className: 'message-text', 'data-testid': 'message-text' }, formatText(message.text || '')),
			renderFiles(message.files),
			renderReactions(message.reactions));
		const item = element('li', {
			className: 'message' + (fromBot ? ' from-bot' : '') + (system ? ' system' : '') + (topLevel ? '' : ' reply'),
			'data-testid': topLevel ? 'message' : 'thread-reply',
			'data-ts': message.ts,
			'data-user': message.user,
			'data-bot': fromBot ? 'true' : 'false'
		},
		element('div', { className: 'avatar', 'aria-hidden': 'true', style: 'background:' + colour(message.user) },
			author.charAt(0).toUpperCase()),
		body);
		if (topLevel) {
			body.append(element('p', { className: 'reply-count', 'data-testid': 'reply-count', hidden: true }));
			const reply = element('button', { type: 'button', className: 'reply-button', 'data-testid': 'reply-button' },
				'Reply in thread');
			reply.addEventListener('click', () => startThread(message));
			body.append(reply);
			body.append(element('ol', { className: 'replies', 'data-testid': 'thread-replies',
				'aria-label': 'Replies to ' + author, hidden: true }));
		}
		return item;
	}

	function renderReactions(reactions) {
		if (!reactions || reactions.length === 0) {
			return null;
		}
		return element('ul', { className: 'reactions', 'aria-label': 'Reactions' }, reactions.map((reaction) => {
			const who = (reaction.users || []).map(userName).join(', ');
			return element('li', {
				className: 'reaction',
				'data-testid': 'reaction',
				'data-name': reaction.name,
				title: ':' + reaction.name + ': by ' + who
			},
			element('span', { 'aria-hidden': 'true' }, (EMOJI[reaction.name] || ':' + reaction.name + ':') + ' '),
			element('span', { className: 'visually-hidden' }, reaction.name + ' by ' + who + ': '),
			element('span', { className: 'count' }, reaction.count || (reaction.users || []).length));
		}));
	}

	function renderFiles(files) {
		if (!files || files.length === 0) {
			return null;
		}
		return element('ul', { className: 'files', 'aria-label': 'Files' },
			files.map((file) => element('li', { className: 'file', 'data-testid': 'file' }, 'File: ' + (file.name || file.id))));
	}

	// Slack's message formatting: <@U1>, <#C1|name>, <!here>, <url|label> and the &amp; &lt; &gt; escapes.
	function formatText(text) {
		const nodes = [];
		const pattern = /<([^<>]+)>/g;
		let last = 0;
		let match;
		while ((match = pattern.exec(text)) !== null) {
			nodes.push(unescape(text.slice(last, match.index)));
			nodes.push(reference(match[1]));
			last = pattern.lastIndex;
		}
		nodes.push(unescape(text.slice(last)));
		return nodes.filter((node) => node !== '');
	}

	function reference(body) {
		const bar = body.indexOf('|');
		const target = bar < 0 ? body : body.slice(0, bar);
		const label = bar < 0 ? null : unescape(body.slice(bar + 1));
		if (target.startsWith('@')) {
			return element('span', { className: 'mention', 'data-user': target.slice(1) }, '@' + (label || userName(target.slice(1))));
		}
		if (target.startsWith('#')) {
			const channel = state.channels.find((candidate) => candidate.id === target.slice(1));
			return element('span', { className: 'mention' }, '#' + (label || (channel ? conversationLabel(channel) : target.slice(1))));
		}
		if (target.startsWith('!')) {
			return element('span', { className: 'mention' }, '@' + (label || target.slice(1).split('^')[0]));
		}
		if (/^https?:\/\//i.test(target)) {
			return element('a', { href: target, target: '_blank', rel: 'noopener noreferrer' }, label || target);
		}
		return '<' + unescape(body) + '>';
	}

	function unescape(text) {
		return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
	}

	function colour(id) {
		let hash = 0;
		for (const character of String(id)) {
			hash = (hash * 31 + character.charCodeAt(0)) % 360;
		}
		return 'hsl(' + hash + ', 45%, 42%)';
	}

	// Posting

	function startThread(message) {
		state.threadTs = message.ts;
		renderThreadTarget(message);
		elements.text.focus();
	}

	function renderThreadTarget(message) {
		elements.threadTarget.hidden = !state.threadTs;
		elements.threadTargetText.textContent = message
			? 'Replying in thread to ' + displayName(message.user) + ': “' + abbreviate(message.text || '') + '”' : '';
	}

	function abbreviate(text) {
		return text.length > 60 ? text.slice(0, 57) + '…' : text;
	}

	async function post(event) {
		event.preventDefault();
		const text = elements.text.value.trim();
		if (!text || !state.selected) {
			return;
		}
		const body = { user: elements.postAs.value, channel: state.selected.id, text };
		if (state.threadTs) {
			body.thread_ts = state.threadTs;
		}
		elements.send.disabled = true;
		try {
			await getJson('/_emulator/messages', {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(body)
			});
			elements.text.value = '';
			elements.error.textContent = '';
			state.stickToBottom = true;
			await refreshMessages();
		}
		catch (error) {
			elements.error.textContent = 'Could not post: ' + error.message;
		}
		finally {
			elements.send.disabled = false;
			elements.text.focus();
		}
	}

	// Live updates

	let typingTimer = null;

	function eventChannel(event) {
		if (typeof event.channel === 'string') {
			return event.channel;
		}
		return event.item && event.item.channel ? event.item.channel : null;
	}

	function onEvent(event) {
		const channel = eventChannel(event);
		const known = channel === null || state.channels.some((candidate) => candidate.id === channel);
		if (CHANNEL_EVENTS.has(event.type) || !known) {
			loadWorkspace().then(() => {
				if (state.selected) {
					renderHeader();
				}
			});
		}
		if (channel === null) {
			return;
		}
		if (state.selected && channel === state.selected.id) {
			if (event.type === 'user_typing') {
				showTyping(event.user);
			}
			else {
				elements.typing.textContent = '';
				refreshMessages();
			}
		}
		else if (event.type === 'message' && !QUIET_SUBTYPES.has(event.subtype)) {
			state.unread.set(channel, (state.unread.get(channel) || 0) + 1);
			renderConversations();
		}
	}

	function showTyping(user) {
		elements.typing.textContent = displayName(user) + ' is typing…';
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => {
			elements.typing.textContent = '';
		}, 3000);
	}

	function setStatus(status, text) {
		elements.status.dataset.state = status;
		elements.status.textContent = text;
	}

	function connect() {
		const source = new EventSource('/_emulator/stream');
		source.addEventListener('open', () => {
			setStatus('live', 'Live');
			loadWorkspace().then(() => state.selected && refreshMessages()).catch(() => {});
		});
		source.addEventListener('error', () => {
			setStatus('reconnecting', source.readyState === EventSource.CLOSED ? 'Disconnected' : 'Reconnecting…');
		});
		source.addEventListener('message', (message) => onEvent(JSON.parse(message.data)));
	}

	async function start() {
		elements.composer.addEventListener('submit', post);
		elements.text.addEventListener('keydown', (event) => {
			if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
				event.preventDefault();
				elements.composer.requestSubmit();
			}
		});
		elements.cancelThread.addEventListener('click', () => {
			state.threadTs = null;
			renderThreadTarget();
			elements.text.focus();
		});
		window.addEventListener('hashchange', () => select(decodeURIComponent(location.hash.slice(1))));
		try {
			await loadWorkspace();
		}
		catch (error) {
			setStatus('error', 'The emulator did not answer: ' + error.message);
			return;
		}
		const wanted = decodeURIComponent(location.hash.slice(1));
		const initial = state.channels.find((channel) => channel.id === wanted || conversationKey(channel) === wanted)
			|| state.channels.find((channel) => channel.name === 'general') || state.channels[0];
		if (initial) {
			select(initial.id);
		}
		connect();
	}

	start();
})();
