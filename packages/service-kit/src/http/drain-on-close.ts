import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

// server.close() reaps only idle keep-alive sockets; a socket busy at that moment would go back to idle
// and hold the close open until its keep-alive timeout. Answering with `Connection: close` ends it instead.
const drainOnClose: FastifyPluginAsync = async (app) => {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
};

/** Lets requests in flight at shutdown finish, then closes their connections so app.close() returns. */
export default fp(drainOnClose, { name: 'tianfu-drain-on-close', fastify: '5.x' });
