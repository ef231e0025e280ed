import type { Overview } from '../schema.js';

/** The dispute at a glance (the fact box's overview), in English. */
export const overview: Overview = {
  summary:
    'Russia and Japan dispute four islands off the north-east coast of Hokkaido: Iturup/Etorofu, ' +
    'Kunashir/Kunashiri, Shikotan and the Habomai islets, about 5,000 km² in all. Soviet forces ' +
    'occupied them between 28 August and 5 September 1945, at the end of the Second World War. ' +
    'Russia administers them as part of Sakhalin Oblast; Japan claims them and counts them as part ' +
    "of Hokkaido's Nemuro Subprefecture. Japan calls them the Northern Territories, Russia the " +
    'Southern Kurils. Because of the dispute the two countries have never signed a peace treaty: the ' +
    '1956 Joint Declaration ended the state of war and restored diplomatic relations, but it is not ' +
    'a peace treaty.',
  status:
    "There have been no peace-treaty talks since 21 March 2022, when Russia's Foreign Ministry, " +
    "answering Japan's sanctions over Russia's invasion of Ukraine, said it would not continue them " +
    'with a state that takes an openly unfriendly position. It ended the visa-free visits of Japanese ' +
    'citizens and the simplified visits of former residents, and left the talks on joint economic ' +
    'activity; in 2022 it also suspended the 1998 fishing agreement. Japan says its aim is unchanged: ' +
    'to settle the question of the four islands and conclude a peace treaty; it calls the resumption ' +
    "of former residents' grave visits a top priority. Russia says relations can recover only if " +
    'Japan drops what it calls its hostile course.',
  citations: [
    { source: 'mofa-japan-northern-territories-info' },
    {
      source: 'mofa-japan-territory',
      quote: 'occupied all of the Four Northern Islands from 28 August 1945 to 5 September 1945',
    },
    { source: 'wikipedia-kuril-islands-dispute' },
    {
      source: 'globalpost-2013-04',
      quote: 'known as the Southern Kuriles in Russia and the Northern Territories in Japan',
    },
    { source: 'breitbart-2019-01', quote: 'three main islands and a cluster of islets' },
    { source: 'wikipedia-joint-declaration-1956' },
    {
      source: 'new-indian-express-2018-11-15',
      quote:
        'Russia and Japan have agreed to accelerate talks to formally end World War II hostilities, using a Soviet-era peace declaration as their starting point',
    },
    { source: 'japan-today-2022-03-21' },
    {
      source: 'nippon-com-2022-03-22',
      quote:
        'The ministry said Moscow has decided to suspend a program to allow visa-free visits by Japanese people to four Russian-held northwestern Pacific islands',
    },
    { source: 'life-2022-03-21' },
    { source: 'nippon-com-2022-06-07' },
    { source: 'kyodo-2026-02-07' },
    { source: 'ria-2026-02-11' },
    {
      source: 'ria-2026-02-12',
      quote: 'Главным условием для того, чтобы восстановить отношения с Россией, является отказ Японии от враждебного курса',
    },
  ],
};
