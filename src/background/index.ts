console.debug('worker up');
