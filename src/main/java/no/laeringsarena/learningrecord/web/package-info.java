/** Pages of learning records: "Min læringshistorikk" with its JSON export, and the LRS client administration. */
package no.laeringsarena.learningrecord.web;
