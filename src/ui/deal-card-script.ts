// The deal card page's script: sends each action to the server with google.script.run and shows the reply.

/**
 * Runs in the sidebar (the user's browser). Forms submit with Enter, buttons with Enter or Space;
 * after a reply the card is redrawn and focus moves to its title, after a refusal to the message.
 * Server HTML is trusted (every sheet value in it is escaped there); messages are set as text.
 */
export const DEAL_CARD_SCRIPT = `
(function () {
  var strings = JSON.parse(document.getElementById('strings').textContent);
  var card = document.getElementById('card');
  var notice = document.getElementById('notice');
  var error = document.getElementById('error');

  function setBusy(on) {
    document.body.setAttribute('aria-busy', on ? 'true' : 'false');
    var buttons = document.querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = on;
    if (on) notice.textContent = strings.working;
  }
  function shown(reply) {
    setBusy(false);
    card.innerHTML = reply.html;
    notice.textContent = reply.notice;
    error.textContent = '';
    var title = document.getElementById('deal-title');
    if (title) title.focus();
  }
  function failed(err) {
    setBusy(false);
    notice.textContent = '';
    error.textContent = (err && err.message) || String(err);
    error.focus();
  }
  function call(name, args) {
    error.textContent = '';
    setBusy(true);
    var runner = google.script.run.withSuccessHandler(shown).withFailureHandler(failed);
    runner[name].apply(runner, args);
  }
  function dealRef() {
    var section = card.querySelector('[data-row]');
    return {
      row: Number(section.getAttribute('data-row')),
      dealId: section.getAttribute('data-deal-id'),
      name: section.getAttribute('data-name'),
    };
  }
  function act(action) { call('dealCardAction', [dealRef(), action]); }

  card.addEventListener('submit', function (e) {
    e.preventDefault();
    var form = e.target;
    var action = { kind: form.getAttribute('data-action') };
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (el.name) action[el.name] = el.value;
    }
    act(action);
  });
  card.addEventListener('click', function (e) {
    var button = e.target.closest('button');
    if (!button || button.type === 'submit') return;
    var show = button.getAttribute('data-show');
    var hide = button.getAttribute('data-hide');
    if (show) {
      var form = document.getElementById(show);
      form.hidden = false;
      form.querySelector('input').focus();
    } else if (hide) {
      document.getElementById(hide).hidden = true;
    } else if (button.getAttribute('data-action')) {
      var action = { kind: button.getAttribute('data-action') };
      var days = button.getAttribute('data-days');
      if (days) action.days = Number(days);
      act(action);
    }
  });
  card.addEventListener('keydown', function (e) {
    var form = document.getElementById('lost-form');
    if (e.key !== 'Escape' || !form || !form.contains(e.target)) return;
    form.hidden = true;
    card.querySelector('[data-show="lost-form"]').focus();
  });
  document.getElementById('show-selected').addEventListener('click', function () {
    call('dealCardSelected', []);
  });
})();
`;
