// The raw baseline of pnpm bench:verify: node:http and one MongoDB read by _id, nothing else
// (no framework, validation, logging, rate limit or name check). Prints "listening" when ready.
import { createServer } from 'node:http';
import { MongoClient } from 'mongodb';

const client = await MongoClient.connect(process.env.MONGO_URL ?? '');
const records = client.db(process.env.MONGO_DATABASE).collection<{ _id: string; status: string }>('certificates');

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    const { certificateNo } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const record = await records.findOne({ _id: certificateNo });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ result: record?.status ?? 'not-found' }));
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
process.once('SIGTERM', () => server.close(() => void client.close()));
