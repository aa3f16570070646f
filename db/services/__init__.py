"""Services: each public function opens one Session for one operation and returns plain records."""
