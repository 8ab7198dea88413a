console.debug('content up');
