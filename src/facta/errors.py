"""Exception types, one per kind of failure; the CLI turns each into one clear sentence."""


class FactaError(Exception):
    """Base class: the message is a sentence a user can act on."""


class ModelError(FactaError):
    """The spaCy pipeline cannot be loaded."""


class StoreError(FactaError):
    """The store cannot be opened, read or written."""


class InputError(FactaError):
    """An input cannot be read at all (missing path, unreadable stdin)."""


class KnowledgeError(FactaError):
    """A knowledge file (lexicon, dictionary, gazetteer supplement) is malformed."""
