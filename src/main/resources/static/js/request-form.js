// Conditional questions of the portal's request form: a question with data-show-field is shown only while that
// earlier question has one of the data-show-values (the server applies the same rule, see RequestForms).
// A hidden question's inputs are disabled, so that they are neither sent nor required. Without JavaScript every
// question is shown and the server ignores answers to questions that do not apply.
(function () {
  function answers(form, name) {
    var values = [];
    form.querySelectorAll('[name="' + name + '"]').forEach(function (input) {
      if (input.disabled) {
        return;
      }
      if (input.type === 'checkbox') {
        values.push(input.checked ? 'true' : 'false');
      } else if (input.tagName === 'SELECT') {
        Array.prototype.forEach.call(input.selectedOptions, function (option) { values.push(option.value); });
      } else if (input.type !== 'hidden') {
        values.push(input.value.trim());
      }
    });
    return values.map(function (value) { return value.toLowerCase(); });
  }

  function apply(form) {
    form.querySelectorAll('.request-question[data-show-field]').forEach(function (question) {
      var wanted = question.getAttribute('data-show-values').toLowerCase().split(',');
      var given = answers(form, question.getAttribute('data-show-field'));
      var show = given.some(function (value) { return wanted.indexOf(value) >= 0; });
      question.hidden = !show;
      question.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = !show; });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form').forEach(function (form) {
      if (form.querySelector('.request-question[data-show-field]')) {
        apply(form);
        form.addEventListener('change', function () { apply(form); });
        form.addEventListener('input', function () { apply(form); });
      }
    });
  });
})();
