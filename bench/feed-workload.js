// The page's own infinite scroll, which the bench injects into a fixture page (it is never part of
// the extension). benchInstall fetches the feed again, as a feed fetches its next page, and takes
// its posts as the pool; benchScroll then appends `batches` batches of `size` posts, each batch in
// a task of its own as network responses arrive, and prunes the oldest posts so the page keeps the
// length it loaded with. Fixed and deterministic: the same posts in the same order every run.
window.benchInstall = async (containerSelector) => {
  const response = await fetch('/', { cache: 'no-store' });
  const fetched = new DOMParser().parseFromString(await response.text(), 'text/html');
  const isPost = (element) => element.querySelector('[role=article]') !== null;
  // The fixtures keep Facebook's CDN image URLs, which loopback cannot reach: dropped, so that every
  // batch does not fail a hundred requests that the real page would have served from its cache.
  const pool = [...fetched.querySelector('[role=feed]').children]
    .filter(isPost)
    .map((post) => post.outerHTML.replace(/https:\/\/[a-z0-9.-]*fbcdn\.net\/[^"'&)\s]*/g, 'data:,'));
  let container = containerSelector && document.querySelector(containerSelector);
  if (!container) {
    // A page without a feed gets a live side panel instead, outside its [role=main].
    container = document.createElement('div');
    document.body.append(container);
  }
  let next = 0;
  window.benchScroll = (batches, size) =>
    new Promise((resolve) => {
      let done = 0;
      function appendBatch() {
        let html = '';
        for (let i = 0; i < size; i++) html += pool[next++ % pool.length];
        container.insertAdjacentHTML('beforeend', html);
        const posts = [...container.children].filter(isPost);
        for (const old of posts.slice(0, -pool.length)) old.remove();
        if (++done < batches) setTimeout(appendBatch, 0);
        else resolve(done);
      }
      setTimeout(appendBatch, 0);
    });
  return pool.length;
};
