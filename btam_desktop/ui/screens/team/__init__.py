"""The Team page: roster, composition, training, adding and removing members."""
