var helperLoaded = true;
