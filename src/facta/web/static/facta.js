// facta workbench: link highlighted words in an article to their event cards, and back.
"use strict";
(function () {
  const cards = document.querySelectorAll(".event-card");
  if (!cards.length) return;
  function activate(index, scroll) {
    document.querySelectorAll(".active").forEach((el) => el.classList.remove("active"));
    document.querySelectorAll('mark[data-event="' + index + '"]').forEach((el) => el.classList.add("active"));
    const card = document.querySelector('.event-card[data-index="' + index + '"]');
    if (card) {
      card.classList.add("active");
      if (scroll) card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  }
  document.querySelectorAll("mark[data-event]").forEach((mark) => {
    mark.addEventListener("click", () => activate(mark.dataset.event, true));
  });
  cards.forEach((card) => {
    card.addEventListener("mouseenter", () => activate(card.dataset.index, false));
  });
})();
