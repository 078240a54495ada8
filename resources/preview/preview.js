// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The preview page's script, in its own world beside qwebchannel.js. It
// applies the patches PreviewView publishes on the bridge's `patch` property
// (the changed top-level body blocks, or the whole body, the header, and
// the post's problems shown above it),
// confirms each one, and reports clicks, scrolling and ticked task boxes.
(function () {
    'use strict';

    var body = document.getElementById('pw-body');
    if (!body || typeof QWebChannel === 'undefined' || !window.qt || !qt.webChannelTransport)
        return;

    var bridge = null;
    // The body's top-level blocks as PreviewView cut them, each
    // { nodes: [...], shift: n }; null while the body was set as a whole.
    // When lines are added above a block, its data-sourcepos lines are
    // `shift` behind: they are rewritten a little later, off the path of a
    // keystroke (a large post has tens of thousands of them).
    var blocks = null;
    var unshifted = new Set();
    var shiftTimer = 0;
    var marker = 'pw-block-' + Math.random().toString(36).slice(2);
    // Scrolling we caused (scrollToLine, a patch moving the content) is not
    // the user's: where it left the page.
    var ownScrollY = -1;
    var scrollTimer = 0;
    var lastTopLine = 0;

    // How far behind the data-sourcepos lines of the element are.
    function pendingShift(el) {
        var top = el;
        while (top.parentNode && top.parentNode !== body)
            top = top.parentNode;
        return top.pwBlock ? top.pwBlock.shift : 0;
    }

    function sourcePos(el) {
        var m = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(el.getAttribute('data-sourcepos') || '');
        if (!m)
            return null;
        var shift = pendingShift(el);
        return { start: +m[1] + shift, end: Math.max(+m[3], +m[1]) + shift };
    }

    function startLine(el) {
        var pos = sourcePos(el);
        return pos ? pos.start : 0;
    }

    // cmark-gfm's task boxes are disabled; in the preview they can be ticked.
    function enableTasks(root) {
        var boxes = root.querySelectorAll('li > input[type="checkbox"][disabled]');
        for (var i = 0; i < boxes.length; ++i) {
            boxes[i].removeAttribute('disabled');
            boxes[i].classList.add('pw-task');
        }
    }

    // Parses the blocks in one go; null when they do not come out as
    // separate groups of nodes.
    function parseBlocks(list) {
        var template = document.createElement('template');
        template.innerHTML = list.join('<!--' + marker + '-->');
        enableTasks(template.content);
        var groups = list.length ? [{ nodes: [], shift: 0 }] : [];
        var node = template.content.firstChild;
        while (node) {
            var next = node.nextSibling;
            if (node.nodeType === Node.COMMENT_NODE && node.data === marker) {
                template.content.removeChild(node);
                groups.push({ nodes: [], shift: 0 });
            } else {
                var group = groups[groups.length - 1];
                group.nodes.push(node);
                node.pwBlock = group;
            }
            node = next;
        }
        if (groups.length !== list.length || groups.some(function (g) { return g.nodes.length === 0; }))
            return null;
        return { fragment: template.content, groups: groups };
    }

    function shiftElement(el, delta) {
        var m = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(el.getAttribute('data-sourcepos'));
        if (m)
            el.setAttribute('data-sourcepos', (+m[1] + delta) + ':' + m[2] + '-' + (+m[3] + delta) + ':' + m[4]);
    }

    function rewriteLines(block) {
        for (var i = 0; i < block.nodes.length; ++i) {
            var node = block.nodes[i];
            if (node.nodeType !== Node.ELEMENT_NODE)
                continue;
            if (node.hasAttribute('data-sourcepos'))
                shiftElement(node, block.shift);
            var inner = node.querySelectorAll('[data-sourcepos]');
            for (var j = 0; j < inner.length; ++j)
                shiftElement(inner[j], block.shift);
        }
        block.shift = 0;
    }

    // A few milliseconds at a time, so that the next keystroke is not kept
    // waiting.
    function rewriteSomeLines() {
        shiftTimer = 0;
        var until = performance.now() + 4;
        for (var block of unshifted) {
            unshifted.delete(block);
            if (block.shift)
                rewriteLines(block);
            if (performance.now() > until)
                break;
        }
        if (unshifted.size)
            shiftTimer = setTimeout(rewriteSomeLines, 15);
    }

    // Lines were added or removed above this block.
    function shiftBlock(block, delta) {
        block.shift += delta;
        unshifted.add(block);
        if (!shiftTimer)
            shiftTimer = setTimeout(rewriteSomeLines, 30);
    }

    function applyBlocks(patch) {
        var parsed = parseBlocks(patch.blocks);
        if (!parsed)
            return false;
        if (patch.removed < 0) {
            body.textContent = '';
            body.appendChild(parsed.fragment);
            blocks = parsed.groups;
            unshifted.clear();
            return true;
        }
        if (!blocks || patch.start + patch.removed > blocks.length)
            return false;
        var i;
        var after = patch.start + patch.removed;
        if (patch.headShift)
            for (i = 0; i < patch.start; ++i)
                shiftBlock(blocks[i], patch.headShift);
        if (patch.tailShift)
            for (i = after; i < blocks.length; ++i)
                shiftBlock(blocks[i], patch.tailShift);
        for (i = patch.start; i < after; ++i) {
            unshifted.delete(blocks[i]);
            for (var j = 0; j < blocks[i].nodes.length; ++j)
                body.removeChild(blocks[i].nodes[j]);
        }
        body.insertBefore(parsed.fragment, after < blocks.length ? blocks[after].nodes[0] : null);
        blocks.splice.apply(blocks, [patch.start, patch.removed].concat(parsed.groups));
        return true;
    }

    function applyHeader(patch) {
        var old = document.getElementById('pw-header');
        if (old && patch.header) {
            var template = document.createElement('template');
            template.innerHTML = patch.header;
            if (template.content.firstElementChild)
                old.replaceWith(template.content.firstElementChild);
        }
        if (typeof patch.title === 'string') {
            // The template's title is escaped HTML.
            var decoder = document.createElement('textarea');
            decoder.innerHTML = patch.title;
            document.title = decoder.value;
        }
        if (patch.lang)
            document.documentElement.lang = patch.lang;
    }

    // The post's problems (a Liquid error and its line), above the post;
    // written as text, never as HTML.
    function applyNotices(notices) {
        var box = document.getElementById('pw-notices');
        if (!notices.length) {
            if (box)
                box.remove();
            return;
        }
        if (!box) {
            box = document.createElement('div');
            box.id = 'pw-notices';
            box.className = 'pw-notices';
            box.setAttribute('role', 'status');
            body.parentNode.insertBefore(box, body);
        }
        box.textContent = '';
        notices.forEach(function (text) {
            var line = document.createElement('p');
            line.className = 'pw-notice';
            line.dir = 'auto';
            line.textContent = text;
            box.appendChild(line);
        });
    }

    function apply(patch) {
        if (!patch || typeof patch.seq !== 'number')
            return;
        var ok = true;
        try {
            if (patch.header !== undefined)
                applyHeader(patch);
            if (Array.isArray(patch.notices))
                applyNotices(patch.notices);
            if (typeof patch.html === 'string') {
                body.innerHTML = patch.html;
                enableTasks(body);
                blocks = null;
                unshifted.clear();
            } else if (patch.blocks) {
                ok = applyBlocks(patch);
            }
        } catch (e) {
            ok = false;
        }
        // The page's own script (another world) typesets new math.
        document.dispatchEvent(new CustomEvent('pw-patched'));
        bridge.reportApplied(patch.seq, ok);
        // Laid out now, the page's scroll anchoring has moved it.
        ownScrollY = window.scrollY;
    }

    // The index of the last top-level element that passes `before` (true
    // up to some element, false after it).
    function lastTopLevel(before) {
        var lo = 0;
        var hi = body.children.length - 1;
        var found = -1;
        while (lo <= hi) {
            var mid = (lo + hi) >> 1;
            if (before(mid)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    // The innermost element whose block starts at or before the line.
    function elementAtLine(line) {
        var list = body.children;
        var index = lastTopLevel(function (at) {
            // Raw HTML has no line: judge it by the next element that has one.
            for (var k = at; k < list.length; ++k) {
                var start = startLine(list[k]);
                if (start)
                    return start <= line;
            }
            return false;
        });
        while (index >= 0 && !sourcePos(list[index]))
            --index;
        if (index < 0)
            return null;
        var el = list[index];
        var inner = el.querySelectorAll('[data-sourcepos]');
        for (var i = 0; i < inner.length; ++i) {
            var start = startLine(inner[i]);
            if (start > line)
                break;
            if (start)
                el = inner[i];
        }
        return el;
    }

    function scrollToLine(line) {
        var el = elementAtLine(line);
        var y = 0;   // before the first block: the header
        if (el) {
            var pos = sourcePos(el);
            var rect = el.getBoundingClientRect();
            // Within a long block, follow the line proportionally.
            // (A blank line after the block keeps the block in view.)
            var fraction = Math.min(line - pos.start, pos.end - pos.start) / (pos.end - pos.start + 1);
            y = window.scrollY + rect.top + fraction * rect.height;
        }
        window.scrollTo(0, Math.round(y));
        ownScrollY = window.scrollY;
    }

    // The file line at the top of the view.
    function lineAtTop() {
        var probe = 1;
        var list = body.children;
        var index = lastTopLevel(function (at) { return list[at].getBoundingClientRect().top <= probe; });
        if (index < 0)
            return 1;   // the header is at the top
        var el = sourcePos(list[index]) ? list[index] : null;
        var inner = list[index].querySelectorAll('[data-sourcepos]');
        for (var i = 0; i < inner.length; ++i) {
            if (inner[i].getBoundingClientRect().top > probe)
                break;
            el = inner[i];
        }
        while (!el && --index >= 0)
            el = sourcePos(list[index]) ? list[index] : null;
        if (!el)
            return 1;
        var pos = sourcePos(el);
        var rect = el.getBoundingClientRect();
        var fraction = rect.height > 0 ? Math.min(Math.max((probe - rect.top) / rect.height, 0), 1) : 0;
        return Math.min(pos.start + Math.floor(fraction * (pos.end - pos.start + 1)), pos.end);
    }

    function onScroll() {
        if (scrollTimer)
            return;
        scrollTimer = setTimeout(function () {
            scrollTimer = 0;
            var own = window.scrollY === ownScrollY;
            ownScrollY = -1;
            if (own)
                return;
            var line = lineAtTop();
            if (line !== lastTopLine) {
                lastTopLine = line;
                bridge.reportTopLine(line);
            }
        }, 16);
    }

    // A video placeholder (Hugo's youtube and vimeo shortcodes) becomes the
    // player's frame when its button is clicked; only the two
    // privacy-enhanced players, whatever a post's own HTML says.
    var players = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)[A-Za-z0-9_-]+(\?dnt=1)?$/;
    function loadEmbed(placeholder) {
        var src = placeholder && placeholder.getAttribute('data-embed-src');
        if (!src || !players.test(src))
            return;
        var frame = document.createElement('iframe');
        frame.setAttribute('src', src);
        frame.setAttribute('title', placeholder.getAttribute('data-embed-title') || '');
        frame.setAttribute('allowfullscreen', '');
        frame.setAttribute('style', placeholder.getAttribute('style') || '');
        placeholder.replaceWith(frame);
    }

    function onClick(event) {
        var target = event.target;
        if (!target || !target.closest)
            return;
        var load = target.closest('button.pw-embed-load');
        if (load && body.contains(load)) {
            event.preventDefault();
            loadEmbed(load.closest('.pw-embed'));
            return;
        }
        var link = target.closest('a[href]');
        if (link) {
            var href = link.getAttribute('href');
            // In-page links (footnotes, headings) scroll; the rest is the
            // page's business (it opens web links in the browser).
            if (href.charAt(0) === '#') {
                event.preventDefault();
                var anchor = document.getElementById(decodeURIComponent(href.slice(1)));
                if (anchor)
                    anchor.scrollIntoView();
            }
            return;
        }
        if (target.closest('input, button, summary'))
            return;
        var selection = window.getSelection();
        if (selection && !selection.isCollapsed)
            return;
        var el = target.closest('[data-sourcepos]');
        if (el && body.contains(el))
            bridge.reportClick(startLine(el));
    }

    function onChange(event) {
        var box = event.target;
        if (!box.matches || !box.matches('input.pw-task'))
            return;
        var item = box.closest('li[data-sourcepos]');
        if (item)
            bridge.reportTask(startLine(item), box.checked);
    }

    var style = document.createElement('style');
    style.textContent = 'input.pw-task { cursor: pointer; }';
    document.head.appendChild(style);
    body.textContent = '';

    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.preview;
        bridge.patchChanged.connect(function () { apply(bridge.patch); });
        bridge.scrollRequested.connect(scrollToLine);
        window.addEventListener('scroll', onScroll, { passive: true });
        document.addEventListener('click', onClick);
        body.addEventListener('change', onChange);
        bridge.reportReady();
    });
})();
