"""The write path: analyse new articles off the loop, then store and reconcile each in one transaction."""
