"""BTAM model packs: TOML files describing a model's vocabulary, checklists and forms."""
