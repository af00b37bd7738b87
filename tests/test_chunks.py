"""Long texts are cut into parse chunks at paragraph, line, sentence or word ends, within a limit
of characters and of tokens, and the pieces put together are the text."""

from __future__ import annotations

import pytest

from facta.chunks import count_tokens, split_chunks


def pieces_of(text: str, chars: int, tokens: int) -> list[str]:
    pieces = split_chunks(text, chars, tokens)
    assert "".join(piece for _offset, piece in pieces) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(len(piece) <= chars and count_tokens(piece) <= tokens for _, piece in pieces)
    return [piece for _offset, piece in pieces]


def test_paragraph_ends_are_preferred_to_sentence_ends() -> None:
    paragraph = "The talks in Lusaka went on. Both sides spoke of progress.\n\n"
    text = paragraph * 40
    pieces = pieces_of(text, 500, 10_000)
    assert len(pieces) > 1
    assert all(piece.endswith("\n\n") for piece in pieces[:-1])


def test_without_breaks_a_sentence_end_then_a_space_then_a_hard_cut() -> None:
    sentences = "Police arrested three men. " * 100
    assert all(p.endswith(". ") for p in pieces_of(sentences, 300, 10_000)[:-1])
    words = "word " * 200
    assert all(p.endswith(" ") for p in pieces_of(words, 97, 10_000)[:-1])
    assert pieces_of("x" * 1000, 300, 10_000) == ["x" * 300] * 3 + ["x" * 100]


def test_a_text_dense_in_tokens_is_cut_by_its_tokens() -> None:
    text = '" ' * 30_000 + "The army withdrew."
    pieces = pieces_of(text, 25_000, 5_000)
    assert len(pieces) >= 6  # 30,000 quote marks, at most 5,000 a piece
    assert pieces_of("short text", 25_000, 5_000) == ["short text"]


def test_limits_below_two_are_refused() -> None:
    with pytest.raises(ValueError):
        split_chunks("text", 1, 100)
